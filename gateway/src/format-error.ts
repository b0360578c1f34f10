import type { GraphQLFormattedError } from 'graphql';
import type { ErrorRequestHandler } from 'express';

/**
 * graphql-js and Apollo Server word their request errors in English. An analyst gets a Spanish lead
 * that says what to fix, followed by the original detail (which names the field or the position).
 * Errors raised by the subgraphs are already in Spanish and pass through untouched.
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

export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'UNAUTHENTICATED' && formatted.message.startsWith(CONTEXT_FAILED)) {
    return { ...formatted, message: formatted.message.slice(CONTEXT_FAILED.length) };
  }
  if (typeof code !== 'string' || formatted.extensions?.serviceName) return formatted;
  if (code === 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, message: 'Error interno del gateway; el equipo técnico fue notificado en los registros.' };
  }
  const lead = SPANISH_LEADS[code];
  return lead ? { ...formatted, message: `${lead}: ${formatted.message}` } : formatted;
}

/** A body that is not JSON never reaches Apollo Server; answer it as a GraphQL error too, not an HTML page. */
export const malformedBodyHandler: ErrorRequestHandler = (error: { status?: number; type?: string }, _request, response, next) => {
  if (error.type !== 'entity.parse.failed' && error.type !== 'entity.too.large') {
    next(error);
    return;
  }
  const message =
    error.type === 'entity.too.large'
      ? 'La petición es demasiado grande (máximo 1 MB).'
      : 'El cuerpo de la petición no es JSON válido; envíe {"query": "...", "variables": {...}}.';
  response.status(error.status ?? 400).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
};
