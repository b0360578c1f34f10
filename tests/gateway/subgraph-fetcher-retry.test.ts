import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { CLIENT_KEEP_ALIVE_MS, SERVER_HEADERS_TIMEOUT_MS, SERVER_KEEP_ALIVE_MS } from '@cnim/kit';
import { createSubgraphFetcher } from '@cnim/gateway/subgraph-fetcher';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDefinition } from '../../scripts/subgraph-definitions.js';
import { startFresh } from '../support/subgraph.js';

// A real HTTP server standing in for a subgraph that closes a kept-alive connection just as the next
// request arrives on it, as a server does when its idle timeout fires while the gateway reuses the
// connection: the request fails before any byte of an answer ("other side closed").
let server: Server;
let url: string;
/** Requests received, and on how many connections. */
let received = 0;
let connections = new Set<Socket>();
/** How many requests arriving on an already used connection to drop (closing it) before answering again. */
let dropReused = 0;
/** Drop every request, on any connection. */
let dropAll = false;

beforeAll(async () => {
  const used = new WeakSet<Socket>();
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      connections.add(request.socket);
      if (dropAll || (used.has(request.socket) && dropReused > 0)) {
        if (!dropAll) dropReused -= 1;
        request.socket.destroy();
        return;
      }
      used.add(request.socket);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: { answer: received } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = 0;
  connections = new Set();
  dropReused = 0;
  dropAll = false;
});

const READ = JSON.stringify({ query: 'query Plan__plan__0{plan{overallProgressPercent}}', variables: {} });
const WRITE = JSON.stringify({ query: 'mutation Write__salud__0{salud{submitReport{version}}}', variables: {} });
const json = { 'content-type': 'application/json' };
/** undici frees a connection for the next request a moment after the answer's last byte. */
const connectionBackInPool = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('subgraph fetcher on a connection the subgraph closed', () => {
  it('sends a read once more, on a new connection, when the kept-alive one was closed before the answer', async () => {
    const fetcher = createSubgraphFetcher();
    expect(await (await fetcher(url, { method: 'POST', headers: json, body: READ })).json()).toEqual({ data: { answer: 1 } });
    await connectionBackInPool();
    dropReused = 1;
    const second = await fetcher(url, { method: 'POST', headers: json, body: READ });
    expect(await second.json()).toEqual({ data: { answer: 3 } });
    expect(received).toBe(3);
    expect(connections.size).toBe(2);
  });

  it('never sends a write twice: the failure reaches the caller', async () => {
    const fetcher = createSubgraphFetcher();
    await fetcher(url, { method: 'POST', headers: json, body: WRITE });
    await connectionBackInPool();
    dropReused = 1;
    await expect(fetcher(url, { method: 'POST', headers: json, body: WRITE })).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(received).toBe(2);
  });

  it('retries a read once only', async () => {
    const fetcher = createSubgraphFetcher();
    dropAll = true;
    await expect(fetcher(url, { method: 'POST', headers: json, body: READ })).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(received).toBe(2);
  });
});

describe('keep-alive alignment', () => {
  it('lets the gateway release an idle connection before the subgraph closes it', async () => {
    expect(CLIENT_KEEP_ALIVE_MS).toBe(60_000);
    expect(SERVER_KEEP_ALIVE_MS).toBe(65_000);
    expect(SERVER_HEADERS_TIMEOUT_MS).toBe(66_000);
    const subgraph = await startFresh(await loadDefinition('plan'));
    try {
      const response = await fetch(subgraph.url, { method: 'POST', headers: json, body: '{"query":"{ __typename }"}' });
      // Node announces the server's idle timeout in seconds: the subgraph really keeps a connection 65 s.
      expect(response.headers.get('keep-alive')).toBe('timeout=65');
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await subgraph.stop();
    }
  });
});
