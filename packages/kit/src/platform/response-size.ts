import type { RequestHandler } from 'express';

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('es-CO', { maximumFractionDigits: 1 });

/**
 * Refuses to send a GraphQL answer larger than `maxBytes` (operation-limits.ts), in its place a Spanish
 * error: an operation inside every other limit can still ask for the territory cycle several times over
 * (tens of MB), which would tie up the client's connection and, at the gateway, a subgraph's answer as
 * large. Apollo Server sends a whole answer with one `end`, so it is measured there, before any byte leaves.
 */
export function responseSizeLimit(maxBytes: number): RequestHandler {
  return (_request, response, next) => {
    const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
    response.end = ((...args: unknown[]) => {
      const [chunk] = args;
      const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : Buffer.isBuffer(chunk) ? chunk.length : 0;
      if (size <= maxBytes || response.headersSent) return end(...args);
      const body = JSON.stringify({
        errors: [
          {
            message: `La respuesta tendría ${megabytes(size)} MB; el máximo es ${megabytes(maxBytes)} MB. Pida menos campos, menos alias o una página más corta. No se envió nada.`,
            extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'responseBytes', maximum: maxBytes, found: size },
          },
        ],
      });
      response.status(400);
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.setHeader('content-length', Buffer.byteLength(body));
      return end(body);
    }) as typeof response.end;
    next();
  };
}
