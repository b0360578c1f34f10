import type { GraphQLFormattedError } from 'graphql';
import { clientSafeError } from '@cnim/kit';

/**
 * graphql-js and Apollo Server word their request errors in English. An analyst gets a Spanish lead
 * that says what to fix, followed by the original detail (which names the field or the position).
 * Errors raised by the subgraphs are already in Spanish and pass through, with only flat extensions
 * (see clientSafeError): never the raw HTTP answer, URL included, that @apollo/gateway attaches.
 */
const SPANISH_LEADS: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'La consulta no es GraphQL válido; revise la sintaxis en la posición indicada',
  GRAPHQL_VALIDATION_FAILED: 'La consulta no corresponde al esquema del plan; revise el campo indicado',
  BAD_USER_INPUT: 'Un valor de entrada no es válido',
  BAD_REQUEST: 'La petición HTTP no es una petición GraphQL válida',
  OPERATION_RESOLUTION_FAILURE: 'No se pudo determinar qué operación ejecutar',
};

/** Apollo Server prefixes, in English, an error thrown while building the context: a refused token. */
const CONTEXT_FAILED = 'Context creation failed: ';

export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const safe = clientSafeError(formatted, error);
  const { code, serviceName, limit } = safe.extensions ?? {};
  if (code === 'UNAUTHENTICATED' && safe.message.startsWith(CONTEXT_FAILED)) {
    return { ...safe, message: safe.message.slice(CONTEXT_FAILED.length) };
  }
  // The cause's own message (a URL, a file path, a SQL statement) stays out of the answer; the request
  // log has it, with the request id the answer carries in `x-request-id`.
  if (code === 'INTERNAL_SERVER_ERROR') {
    return {
      ...safe,
      message: typeof serviceName === 'string' ? `Error interno del subgrafo «${serviceName}».` : 'Error interno del gateway.',
    };
  }
  // A subgraph's own error, or an operation limit, is already worded for the client.
  if (typeof code !== 'string' || serviceName || limit) return safe;
  const lead = SPANISH_LEADS[code];
  return lead ? { ...safe, message: `${lead}: ${safe.message}` } : safe;
}
