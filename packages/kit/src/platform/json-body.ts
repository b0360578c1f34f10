import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';

/** A request body read as JSON, up to `maxBytes` (see operation-limits.ts); `verify` sees the raw bytes (the signature check). */
export function jsonBody(maxBytes: number, verify?: (request: IncomingMessage, response: ServerResponse, body: Buffer) => void): RequestHandler {
  return express.json({ limit: maxBytes, ...(verify ? { verify } : {}) });
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
