import { GraphQLError } from 'graphql';

/** An argument the caller must correct: names the argument so a client can point at it. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** A well-formed reference to something the graph does not hold. */
export function notFound(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', field } });
}
