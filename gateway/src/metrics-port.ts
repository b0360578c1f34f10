import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';

/** What a scrape returns: one gateway's registry, or the cluster primary's sum of every process. */
export interface MetricsSource {
  contentType: string;
  metrics(): Promise<string>;
}

export interface MetricsPortOptions {
  port: number;
  host: string;
  /** CNIM_METRICS_TOKEN: when set, a scrape without `Authorization: Bearer <token>` gets 401. */
  token: string | null;
}

/** Compared as SHA-256 digests: equal lengths for timingSafeEqual, and no time that depends on how much of the token matched. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function authorised(request: IncomingMessage, token: string | null): boolean {
  if (token === null) return true;
  const match = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), digest(token));
}

/**
 * Serves Prometheus metrics on a port of their own (GATEWAY_METRICS_PORT), apart from the public API:
 * their labels name the operations every client sends. Only `GET /metrics`; every failure is a short
 * Spanish text that says nothing about the process. Resolves once listening; rejects if the port cannot be had.
 */
export function serveMetricsPort(source: () => MetricsSource | null, options: MetricsPortOptions): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://metricas').pathname;
    if (path !== '/metrics') return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No existe.\n');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Solo GET.\n');
    if (!authorised(request, options.token)) {
      return void response
        .writeHead(401, { 'www-authenticate': 'Bearer realm="metricas"', 'content-type': 'text/plain; charset=utf-8' })
        .end('Las métricas requieren Authorization: Bearer <CNIM_METRICS_TOKEN>.\n');
    }
    const current = source();
    // The port opens before the gateway has built its registry, so that a port already taken stops it at start.
    if (!current)
      return void response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('El gateway aún no está listo.\n');
    current.metrics().then(
      (text) => response.writeHead(200, { 'content-type': current.contentType }).end(text),
      () => response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('No se pudieron leer las métricas.\n'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
