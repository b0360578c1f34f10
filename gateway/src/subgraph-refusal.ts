import { GraphQLError, type GraphQLFormattedError } from 'graphql';

interface GraphQLAnswer {
  errors: GraphQLFormattedError[];
  data: Record<string, unknown> | null;
}

/**
 * A subgraph's answer with an HTTP error status (400 for a validation failure, since Apollo Server 5)
 * whose body is a GraphQL response: its errors are relayed as any subgraph error is, with the
 * subgraph's code and message and the gateway's `serviceName`. @apollo/gateway would instead throw
 * "400: Bad Request" carrying the subgraph's URL and raw body in `extensions.response`.
 */
export class SubgraphRefusal extends GraphQLError {
  constructor(readonly answer: GraphQLAnswer) {
    super('refused by the subgraph');
  }
}

function isGraphQLAnswer(body: unknown): body is { errors: GraphQLFormattedError[]; data?: Record<string, unknown> | null } {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return (
    Array.isArray(errors) && errors.length > 0 && errors.every((error) => typeof (error as { message?: unknown })?.message === 'string')
  );
}

/** The refusal to relay, or undefined when the body is not a GraphQL response (a proxy's HTML page, an empty body). */
export function subgraphRefusal(body: unknown): SubgraphRefusal | undefined {
  return isGraphQLAnswer(body) ? new SubgraphRefusal({ errors: body.errors, data: body.data ?? null }) : undefined;
}
