import { runtimeGraphql } from '@cnim/kit';
import {
  Kind,
  parse,
  type ASTVisitor,
  type DirectiveNode,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

// Apollo Server's copy of graphql-js for what checks a schema type's class or enters its pipeline (see
// runtime-graphql.ts); kinds and the parser work on plain objects.
const { GraphQLError, getNamedType, getNullableType, isCompositeType, isListType, isUnionType } = runtimeGraphql;

/** Which subgraphs can resolve each field (`Type.field`), read from the supergraph's join directives. */
export type FieldOwners = ReadonlyMap<string, ReadonlySet<string>>;

const argument = (directive: DirectiveNode, name: string) => directive.arguments?.find((arg) => arg.name.value === name)?.value;
const enumArgument = (directive: DirectiveNode, name: string) => {
  const value = argument(directive, name);
  return value?.kind === Kind.ENUM ? value.value : undefined;
};
const isTrue = (directive: DirectiveNode, name: string) => {
  const value = argument(directive, name);
  return value?.kind === Kind.BOOLEAN && value.value;
};

/**
 * Reads, for every field of every object and interface type of the supergraph, the subgraphs that
 * resolve it: those its `@join__field` directives name (an `external` one does not resolve it), or,
 * without any, every subgraph that defines its type (`@join__type`).
 */
export function fieldOwners(supergraphSdl: string): FieldOwners {
  const owners = new Map<string, Set<string>>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = (definition.directives ?? [])
      .filter((directive) => directive.name.value === 'join__type')
      .map((directive) => enumArgument(directive, 'graph'));
    for (const field of definition.fields ?? []) {
      const joins = (field.directives ?? []).filter((directive) => directive.name.value === 'join__field');
      const graphs = joins.length
        ? joins
            .filter((directive) => !isTrue(directive, 'external') && !isTrue(directive, 'usedOverridden'))
            .map((directive) => enumArgument(directive, 'graph'))
        : typeGraphs;
      owners.set(`${definition.name.value}.${field.name.value}`, new Set(graphs.filter((graph): graph is string => graph !== undefined)));
    }
  }
  return owners;
}

/** Crossings from one subgraph to another: all of them, and those beneath an alias of a list (a list of entities asked for again). */
export interface Crossings {
  total: number;
  aliased: number;
}

/** The most an operation may make of each. */
export interface FetchBudget {
  total: number;
  aliased: number;
}

/**
 * Measured on every known operation (tests/gateway/fetch-budget.test.ts): the whole plan (W1) makes 22
 * crossings, the dashboard's actions 17, every municipality with every ministry's figures (W2) 5; none
 * aliases a list (the walkthrough aliases one action in two cuts: 6 crossings, no list). 30 leaves room
 * for a dashboard a little larger than W1. Beneath aliases of lists, 4: one repeated list with four
 * ministries' figures, while 5 aliases of W2's shape (20), which cost the gateway 4,8 s of CPU with the
 * full DIVIPOLA catalogue, are refused.
 */
export const GATEWAY_FETCH_BUDGET: FetchBudget = { total: 30, aliased: 4 };

/**
 * How many times an operation crosses from one subgraph to another: each field that no subgraph of its
 * parent field can resolve is one more fetch of entities, for every alias and every fragment that asks
 * for it. This is what the query planner and the executor pay for, and what depth, alias and cost
 * limits do not see: 15 aliases of the departments with four ministries' figures each stayed inside them
 * and cost the gateway 11,6 s of CPU. Every alias of an entity path is planned and fetched on its own, and
 * renaming the aliases makes a new plan: the crossings beneath an alias, on a path through a list (the
 * departments, their municipalities: every entity of the list fetched again), are counted apart; two
 * aliases of one action cost what two actions do. Stops counting once past the budget.
 */
export function countCrossings(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  parentGraphs: ReadonlySet<string> | null,
  owners: FieldOwners,
  budget: FetchBudget,
  underAlias = false,
  throughList = false,
): Crossings {
  const counted: Crossings = { total: 0, aliased: 0 };
  const add = (more: Crossings) => {
    counted.total += more.total;
    counted.aliased += more.aliased;
  };
  for (const selection of selectionSet.selections) {
    if (counted.total > budget.total || counted.aliased > budget.aliased) break;
    if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? context.getFragment(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? context.getSchema().getType(fragment.typeCondition.name.value) : parentType;
      if (!condition || !isCompositeType(condition)) continue;
      add(countCrossings(context, fragment.selectionSet, condition, parentGraphs, owners, budget, underAlias, throughList));
      continue;
    }
    // A union's members are reached through fragments; `__typename` is answered by whoever answers the parent.
    if (selection.name.value.startsWith('__') || isUnionType(parentType)) continue;
    const field = parentType.getFields()[selection.name.value];
    if (!field) continue;
    const aliased = underAlias || selection.alias !== undefined;
    const listed = throughList || isListType(getNullableType(field.type));
    const graphs = owners.get(`${parentType.name}.${selection.name.value}`) ?? new Set<string>();
    const shared = parentGraphs === null ? graphs : new Set([...graphs].filter((graph) => parentGraphs.has(graph)));
    const crosses = parentGraphs !== null && shared.size === 0;
    // What a crossing fetches is one entity per item of the lists above it: the field's own list comes back inside that fetch.
    if (crosses) add({ total: 1, aliased: aliased && throughList ? 1 : 0 });
    const type = getNamedType(field.type);
    if (selection.selectionSet && isCompositeType(type)) {
      add(
        countCrossings(
          context,
          selection.selectionSet,
          type,
          crosses || parentGraphs === null ? graphs : shared,
          owners,
          budget,
          aliased,
          listed,
        ),
      );
    }
  }
  return counted;
}

/**
 * A validation rule, so the refusal comes before any planning: an operation that would make more
 * fetches across subgraphs than the budget, in all or beneath its aliases, is answered HTTP 400 with a
 * Spanish error.
 */
export function subgraphFetchBudget(owners: FieldOwners, budget: FetchBudget): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const found = countCrossings(context, operation.selectionSet, root, null, owners, budget);
      if (found.total > budget.total) {
        context.reportError(
          new GraphQLError(
            `La consulta pediría ${found.total} o más consultas entre subgrafos (cifras de varios ministerios); el máximo es ${budget.total}. Divídala en varias consultas.`,
            { nodes: [operation], extensions: { limit: 'subgraphFetches', maximum: budget.total, found: found.total } },
          ),
        );
      } else if (found.aliased > budget.aliased) {
        context.reportError(
          new GraphQLError(
            `La consulta repite con alias ${found.aliased} o más consultas entre subgrafos (cifras de otros ministerios bajo un alias); el máximo es ${budget.aliased}. Envíe varias consultas en lugar de repetir esas cifras con alias.`,
            { nodes: [operation], extensions: { limit: 'aliasedSubgraphFetches', maximum: budget.aliased, found: found.aliased } },
          ),
        );
      }
    },
  });
}

/** The kit's operation limits with the budget of fetches across subgraphs of this supergraph added to their rules. */
export function withFetchBudget<Options extends { validationRules: ValidationRule[] }>(
  options: Options,
  supergraphSdl: string,
  budget = GATEWAY_FETCH_BUDGET,
): Options {
  return { ...options, validationRules: [...options.validationRules, subgraphFetchBudget(fieldOwners(supergraphSdl), budget)] };
}
