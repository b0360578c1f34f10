import type { GraphQLFormattedError } from 'graphql';
import { clientSafeError } from '../graphql/client-safe-error.js';

/** The code of the error a resolver or a scalar threw, under Apollo Server's wrapping. */
function originalCode(error: unknown): unknown {
  return (error as { originalError?: { extensions?: Record<string, unknown> } } | null)?.originalError?.extensions?.code;
}

/**
 * How a subgraph's errors leave it, towards the gateway or a client that reaches it directly.
 * An unexpected error (a failed SQL statement, a bug) says only that it happened: its own message may
 * quote SQL, a file path or the database's error. A literal a kit scalar refuses (`from: "2025-02-30"`)
 * keeps the scalar's BAD_USER_INPUT: Apollo Server files every validation error under
 * GRAPHQL_VALIDATION_FAILED, though this one is a value to correct, not a query to rewrite.
 */
export function subgraphFormatError(name: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const safe = clientSafeError(formatted, error);
    const code = safe.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') return { ...safe, message: `Error interno del subgrafo «${name}».` };
    if (code === 'GRAPHQL_VALIDATION_FAILED' && originalCode(error) === 'BAD_USER_INPUT') {
      return { ...safe, extensions: { ...safe.extensions, code: 'BAD_USER_INPUT' } };
    }
    return safe;
  };
}
