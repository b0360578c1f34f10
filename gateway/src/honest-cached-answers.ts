import { createHash } from 'node:crypto';
import { requestFacts } from '@cnim/kit';
import type { Request, RequestHandler } from 'express';
import type { SubgraphHealth } from './subgraph-health.js';

/** The header that names the subgraphs the gateway knows are down, on an answer served from its cache. */
export const SUBGRAPHS_DOWN_HEADER = 'x-cnim-subgraphs-down';

/** How many questions' subgraphs are remembered: past it, the memory starts again (and is conservative meanwhile). */
const REMEMBERED = 10_000;

/** A question as the response cache tells questions apart: the operation, its name and its variables. */
function questionOf(request: Request): string {
  const { query, operationName, variables } = (request.method === 'GET' ? request.query : request.body) as Record<string, unknown>;
  return createHash('sha256')
    .update(JSON.stringify([query, operationName ?? null, variables ?? null]))
    .digest('base64url');
}

/**
 * An answer served from the response cache (it carries an `age`) while the gateway knows a subgraph it
 * was computed from is down looks complete and current, though the same question asked now would lack
 * that ministry's data: it says so, in a header and in `extensions.cachedWhileDown` (the subgraphs and the
 * answer's age in seconds). Which subgraphs an answer was computed from is remembered when this process
 * computes it; an answer another process computed is taken to depend on every subgraph that is down.
 * Only then is the body read again, so the usual path costs nothing.
 */
export function honestCachedAnswers(health: SubgraphHealth): RequestHandler {
  const sources = new Map<string, readonly string[]>();
  return (request, response, next) => {
    const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
    response.end = ((...args: unknown[]) => {
      const [chunk] = args;
      const age = response.getHeader('age');
      if (age === undefined) {
        const called = requestFacts(response).subgraphs;
        if (called && response.statusCode === 200) {
          if (sources.size >= REMEMBERED) sources.clear();
          sources.set(questionOf(request), called);
        }
        return end(...args);
      }
      const known = sources.get(questionOf(request));
      const down = health.down().filter((subgraph) => !known || known.includes(subgraph));
      if (down.length === 0 || response.headersSent || (typeof chunk !== 'string' && !Buffer.isBuffer(chunk))) return end(...args);
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
