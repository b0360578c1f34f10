import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

export type { Logger };

/**
 * Structured logs (pino, one JSON object per line). Tokens, signatures and secrets never reach a log:
 * pino's redaction replaces them wherever they appear.
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-cnim-signature"]',
  'req.headers["x-cnim-identity"]',
  '*.token',
  '*.secret',
  '*.password',
];

/** A service's logger: `LOG_LEVEL` (trace … fatal, or silent) sets what it writes; `info` by default. */
export function createLogger(service: string, env: NodeJS.ProcessEnv = {}, destination?: DestinationStream): Logger {
  const options = { name: service, level: env.LOG_LEVEL ?? 'info', redact: { paths: REDACT, censor: '[oculto]' } };
  return destination ? pino(options, destination) : pino(options);
}

/** Services started in-process (tests, tools) log nothing unless given a logger. */
export const SILENT_LOGGER: Logger = pino({ level: 'silent' });

/** What the GraphQL layer learns about a request, for its access line: filled while it runs. */
export interface RequestFacts {
  operationName?: string | null;
  /** The subgraphs the gateway called for it, in the order it called them. */
  subgraphs?: string[];
  /** The codes of the errors in the answer. */
  errorCodes?: string[];
}

export function requestFacts(response: ServerResponse): RequestFacts {
  const locals = (response as ServerResponse & { locals?: { requestFacts?: RequestFacts } }).locals;
  if (!locals) return {};
  locals.requestFacts ??= {};
  return locals.requestFacts;
}

const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * One access line per request: request id (the client's `x-request-id`, or a new one, sent back in
 * the answer), method, path, status, duration, operation name, subgraphs called and error codes.
 */
export function accessLog(logger: Logger) {
  return pinoHttp({
    logger,
    // Probes and scrapes arrive every few seconds; an access line each would drown the requests.
    autoLogging: { ignore: (request) => QUIET_PATHS.has((request.url ?? '').split('?')[0] ?? '') },
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      req: (request: { id: unknown; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (response: { statusCode: number }) => ({ status: response.statusCode }),
    },
    customProps: (_request, response) => ({ graphql: requestFacts(response) }),
    customSuccessMessage: () => 'petición atendida',
    customErrorMessage: () => 'petición con error',
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  });
}
