import type {
  DocumentNode,
  GraphQLError,
  GraphQLInputType,
  GraphQLScalarType,
  GraphQLSchema,
  OperationDefinitionNode,
  ValueNode,
} from 'graphql';
import { runtimeGraphql as graphql } from './runtime-graphql.js';
import { CopScalar, DateScalar } from './scalars.js';

/** The kit's scalars, by the name every schema of the graph (the supergraph too) gives them. */
const KIT_SCALARS = new Map<string, GraphQLScalarType>([DateScalar, CopScalar].map((scalar) => [scalar.name, scalar]));

type Variables = Readonly<Record<string, unknown>>;

function refusal(path: string, error: unknown): GraphQLError {
  const message = error instanceof Error ? error.message : String(error);
  // A request error: HTTP 400, like graphql-js's refusal of a variable of the wrong type.
  return new graphql.GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: path, http: { status: 400 } } });
}

function scalarOf(type: GraphQLInputType): GraphQLScalarType | undefined {
  return graphql.isScalarType(type) ? KIT_SCALARS.get(type.name) : undefined;
}

/** A value that came as JSON (a variable, or part of one), checked against the type where it is used. */
function checkValue(value: unknown, type: GraphQLInputType, path: string): GraphQLError | undefined {
  if (value === null || value === undefined) return undefined;
  const inner = graphql.isNonNullType(type) ? type.ofType : type;
  if (graphql.isListType(inner)) {
    if (!Array.isArray(value)) return checkValue(value, inner.ofType, path);
    for (const [index, item] of value.entries()) {
      const refused = checkValue(item, inner.ofType, `${path}.${index}`);
      if (refused) return refused;
    }
    return undefined;
  }
  if (graphql.isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return undefined;
    const fields = inner.getFields();
    for (const [name, item] of Object.entries(value)) {
      const field = fields[name];
      const refused = field && checkValue(item, field.type, `${path}.${name}`);
      if (refused) return refused;
    }
    return undefined;
  }
  const scalar = scalarOf(inner);
  try {
    scalar?.parseValue(value);
  } catch (error) {
    return refusal(path, error);
  }
  return undefined;
}

/** A value written in the operation, where a variable may stand for any part of it. */
function checkLiteral(value: ValueNode, type: GraphQLInputType, path: string, variables: Variables): GraphQLError | undefined {
  if (value.kind === graphql.Kind.VARIABLE) return checkValue(variables[value.name.value], type, path);
  if (value.kind === graphql.Kind.NULL) return undefined;
  const inner = graphql.isNonNullType(type) ? type.ofType : type;
  if (graphql.isListType(inner)) {
    if (value.kind !== graphql.Kind.LIST) return checkLiteral(value, inner.ofType, path, variables);
    for (const [index, item] of value.values.entries()) {
      const refused = checkLiteral(item, inner.ofType, `${path}.${index}`, variables);
      if (refused) return refused;
    }
    return undefined;
  }
  if (graphql.isInputObjectType(inner)) {
    if (value.kind !== graphql.Kind.OBJECT) return undefined;
    const fields = inner.getFields();
    for (const field of value.fields) {
      const definition = fields[field.name.value];
      const refused = definition && checkLiteral(field.value, definition.type, `${path}.${field.name.value}`, variables);
      if (refused) return refused;
    }
    return undefined;
  }
  const scalar = scalarOf(inner);
  try {
    scalar?.parseLiteral(value, variables);
  } catch (error) {
    return refusal(path, error);
  }
  return undefined;
}

/**
 * The first argument of the operation whose value a kit scalar refuses (a day that does not exist, a
 * peso amount that is not a whole number), literal or in a variable, as BAD_USER_INPUT naming the
 * argument's path (`filter.from`). The gateway's supergraph declares `Date` and `COP` without their
 * rules, so without this a bad day would reach a subgraph, which refuses it as a failed validation.
 */
export function invalidScalarInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
): GraphQLError | undefined {
  const typeInfo = new graphql.TypeInfo(schema);
  let refused: GraphQLError | undefined;
  const visitor = graphql.visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const argument = typeInfo.getArgument();
      if (!refused && argument) refused = checkLiteral(node.value, argument.type, node.name.value, variables);
      return false;
    },
  });
  const fragments = document.definitions.filter((definition) => definition.kind === graphql.Kind.FRAGMENT_DEFINITION);
  for (const definition of [operation, ...fragments]) graphql.visit(definition, visitor);
  return refused;
}
