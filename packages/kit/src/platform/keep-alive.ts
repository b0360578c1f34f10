import type { Server } from 'node:http';

/**
 * Who closes an idle kept-alive connection, and when. If a server closes it while its client is
 * sending the next request on it, that request fails ("other side closed"), and the gateway reported a
 * healthy subgraph as SUBGRAPH_UNAVAILABLE. So the client always lets go first: the gateway keeps an
 * idle connection to a subgraph 60 s, the subgraph keeps it 65 s (Node's default is 5 s), and waits
 * for a request's headers a little longer than that, as Node requires.
 */
export const CLIENT_KEEP_ALIVE_MS = 60_000;
export const SERVER_KEEP_ALIVE_MS = 65_000;
export const SERVER_HEADERS_TIMEOUT_MS = 66_000;

/** Sets a server's keep-alive to outlast its clients' (the gateway's towards subgraphs; a load balancer's, 60 s by default, towards the gateway). */
export function outlastClientKeepAlive(server: Server): Server {
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  server.headersTimeout = SERVER_HEADERS_TIMEOUT_MS;
  return server;
}
