import type { RequestHandler } from 'express';
import type { SubgraphHealth } from './subgraph-health.js';

/** The header that names the subgraphs the gateway knows are down, on an answer served from its cache. */
export const SUBGRAPHS_DOWN_HEADER = 'x-cnim-subgraphs-down';

/**
 * An answer served from the response cache (it carries an `age`) while the gateway knows a subgraph is
 * down looks complete and current, though the same question asked now would lack that ministry's data:
 * it says so, in a header and in `extensions.cachedWhileDown` (the subgraphs and the answer's age in
 * seconds). Only then is the body read again, so the usual path costs nothing.
 */
export function honestCachedAnswers(health: SubgraphHealth): RequestHandler {
  return (_request, response, next) => {
    const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
    response.end = ((...args: unknown[]) => {
      const [chunk] = args;
      const age = response.getHeader('age');
      const down = health.down();
      if (age === undefined || down.length === 0 || response.headersSent || (typeof chunk !== 'string' && !Buffer.isBuffer(chunk))) return end(...args);
      try {
        const body = JSON.parse(chunk.toString()) as { extensions?: Record<string, unknown> };
        body.extensions = { ...body.extensions, cachedWhileDown: { subgraphs: down, ageSeconds: Number(age) } };
        const text = JSON.stringify(body);
        response.setHeader(SUBGRAPHS_DOWN_HEADER, down.join(','));
        response.setHeader('content-length', Buffer.byteLength(text));
        return end(text);
      } catch {
        return end(...args);
      }
    }) as typeof response.end;
    next();
  };
}
