import { GraphQLScalarType, Kind, type GraphQLError, type ValueNode } from 'graphql';
import { isExistingIsoDate } from '../modules/periods/calendar.js';
import { runtimeGraphql } from './runtime-graphql.js';

/**
 * graphql-js's validation reports a literal's refusal as is only when it is an error of its own copy
 * (otherwise it prefixes it with English); hence the runtime copy, the same in tests as in production.
 */
function invalid(message: string): GraphQLError {
  return new runtimeGraphql.GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function toDate(value: unknown): string {
  if (typeof value !== 'string' || !isExistingIsoDate(value)) {
    throw invalid(
      `La fecha debe ser un día existente en formato ISO 8601 AAAA-MM-DD (por ejemplo "2025-09-30"); se recibió ${JSON.stringify(value)}.`,
    );
  }
  return value;
}

/** Calendar day as ISO 8601 text; only days that exist are accepted. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: toDate,
  parseValue: toDate,
  parseLiteral: (ast: ValueNode) => toDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function toCop(value: unknown): number {
  const amount = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
    throw invalid(
      `El valor en pesos (COP) debe ser un número entero exacto, sin decimales ni separadores; se recibió ${JSON.stringify(value)}.`,
    );
  }
  return amount;
}

/**
 * Whole Colombian pesos. GraphQL's Int stops at 2^31 - 1 (about COP 2,100 millones), below the
 * plan's own figures, so amounts travel as JSON integers checked to be exact (up to 2^53 - 1).
 */
export const CopScalar = new GraphQLScalarType<number, number>({
  name: 'COP',
  serialize: toCop,
  parseValue: toCop,
  parseLiteral: (ast: ValueNode) => toCop(ast.kind === Kind.INT || ast.kind === Kind.STRING ? ast.value : undefined),
});
