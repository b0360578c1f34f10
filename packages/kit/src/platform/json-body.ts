import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { OperationLimits } from '../graphql/operation-limits.js';

/**
 * A request body read as JSON, up to `maxBytes` (see operation-limits.ts), and its variables no deeper
 * than `maxDepth`; `verify` sees the raw bytes (the signature check).
 */
export function jsonBody(
  limits: Pick<OperationLimits, 'maxBodyBytes' | 'maxInputDepth'>,
  verify?: (request: IncomingMessage, response: ServerResponse, body: Buffer) => void,
): RequestHandler[] {
  return [express.json({ limit: limits.maxBodyBytes, ...(verify ? { verify } : {}) }), inputDepthGuard(limits.maxInputDepth)];
}

/** How deep a JSON value nests, counted without recursion, so that no depth can overflow the stack here; stops past `limit`. */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length) {
    const [item, depth] = pending.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** GET carries its variables and extensions as JSON text in the URL; a text that is not JSON is left to Apollo Server to refuse. */
function parsedOrNothing(text: unknown): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Refuses variables (or extensions) nested deeper than any input of the schema needs, before anything
 * reads them: a copy, a cache key or a coercion of 4.000 nested levels overflows the stack, even for a
 * variable the operation never uses.
 */
function inputDepthGuard(maxDepth: number): RequestHandler {
  return (request, response, next) => {
    const body: unknown = request.body;
    const query = request.query as Record<string, unknown>;
    const inputs = [body, parsedOrNothing(query.variables), parsedOrNothing(query.extensions)];
    // The body's own object and the variables' object are levels of the envelope, not of an input.
    const found = Math.max(...inputs.map((input, index) => depthOf(input, maxDepth + (index === 0 ? 2 : 1)) - (index === 0 ? 2 : 1)));
    if (found <= maxDepth) return next();
    response.status(400).json({
      errors: [
        {
          message: `Las variables de la petición anidan más de ${maxDepth} niveles de objetos o listas; ninguna entrada del esquema necesita tantos. No se ejecutó nada.`,
          extensions: { code: 'BAD_USER_INPUT', field: 'variables', limit: 'inputDepth', maximum: maxDepth },
        },
      ],
    });
  };
}

interface BodyError {
  status?: number;
  type?: string;
  limit?: number;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('es-CO', { maximumFractionDigits: 1 });

/** What a client is told about a body the JSON reader refused (its `type`, from body-parser). */
function refusalOf(error: BodyError): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return 'El cuerpo de la petición no es JSON válido; envíe {"query": "...", "variables": {...}}.';
    case 'entity.too.large':
      return `La petición es demasiado grande (máximo ${megabytes(error.limit ?? 0)} MB).`;
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return 'La petición usa una codificación que el servidor no lee; envíe JSON en UTF-8.';
    default:
      return 'La petición HTTP no es una petición GraphQL válida.';
  }
}

/**
 * Answers what never reaches Apollo Server (a body that is not JSON, too large, in another charset)
 * as a GraphQL error in JSON, never Express's HTML page, which shows a stack trace and the install
 * path. A client's mistake keeps its 4xx status; anything else is a neutral 500 with no detail.
 */
export const malformedBodyHandler: ErrorRequestHandler = (error: BodyError, _request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  const status = error.status ?? 500;
  if (status >= 400 && status < 500) {
    response.status(status).json({ errors: [{ message: refusalOf(error), extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  response.status(500).json({ errors: [{ message: 'Error interno del servidor.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
};
