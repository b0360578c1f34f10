import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSubgraphFetcher } from '@cnim/gateway/subgraph-fetcher';
import { WRITE_GENERATION_HEADER } from '@cnim/gateway/write-generation';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// A real HTTP server standing in for a subgraph: it counts requests and answers after 50 ms, so
// concurrent requests overlap.
let server: Server;
let url: string;
let received: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(body);
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ data: { answer: received.length } }));
      }, 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

const READ = JSON.stringify({ query: 'query Plan__igualdad__0{plan{overallProgressPercent}}', variables: {} });
const WRITE = JSON.stringify({ query: 'mutation Write__salud__0{salud{submitReport{version}}}', variables: {} });
const json = { 'content-type': 'application/json' };

describe('subgraph fetcher', () => {
  it('sends identical reads in flight at the same time once, and gives every caller the answer', async () => {
    const fetcher = createSubgraphFetcher();
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetcher(url, { method: 'POST', headers: json, body: READ })));
    expect(received).toHaveLength(1);
    for (const answer of answers) expect(await answer.json()).toEqual({ data: { answer: 1 } });
  });

  it('never shares a write', async () => {
    const fetcher = createSubgraphFetcher();
    await Promise.all(Array.from({ length: 3 }, () => fetcher(url, { method: 'POST', headers: json, body: WRITE })));
    expect(received).toHaveLength(3);
  });

  it('keeps requests of different identities apart', async () => {
    const fetcher = createSubgraphFetcher();
    await Promise.all([
      fetcher(url, { method: 'POST', headers: { ...json, 'x-cnim-identity': 'a' }, body: READ }),
      fetcher(url, { method: 'POST', headers: { ...json, 'x-cnim-identity': 'b' }, body: READ }),
    ]);
    expect(received).toHaveLength(2);
  });

  it('keeps reads of different write generations apart: a read after an acknowledged write never joins one sent before it', async () => {
    const fetcher = createSubgraphFetcher();
    await Promise.all([
      fetcher(url, { method: 'POST', headers: { ...json, [WRITE_GENERATION_HEADER]: '4' }, body: READ }),
      fetcher(url, { method: 'POST', headers: { ...json, [WRITE_GENERATION_HEADER]: '5' }, body: READ }),
    ]);
    expect(received).toHaveLength(2);
  });

  it('keeps no answer once it has arrived: a later identical read goes to the subgraph again', async () => {
    const fetcher = createSubgraphFetcher();
    const first = await fetcher(url, { method: 'POST', headers: json, body: READ });
    const second = await fetcher(url, { method: 'POST', headers: json, body: READ });
    expect(received).toHaveLength(2);
    expect(await first.json()).toEqual({ data: { answer: 1 } });
    expect(await second.json()).toEqual({ data: { answer: 2 } });
  });
});
