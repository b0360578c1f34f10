import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway, type RunningGateway } from '@cnim/gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// A real HTTP server in place of the plan subgraph, answering what a subgraph (or a proxy in front of
// one) may answer; the gateway must relay the subgraph's own GraphQL errors and nothing of the HTTP
// exchange: no URL, no raw body, no SQL.
let stub: Server;
let stubUrl: string;
let gateway: RunningGateway;
let next: { status: number; type: string; body: string };

beforeAll(async () => {
  stub = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(next.status, { 'content-type': next.type });
      response.end(next.body);
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql`;
  gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: { plan: stubUrl } });
});
afterAll(async () => {
  await gateway?.stop();
  await new Promise<void>((resolve) => stub.close(() => resolve()));
});
beforeEach(() => {
  next = { status: 200, type: 'application/json', body: '{"data":{}}' };
});

async function ask(): Promise<{ status: number; text: string }> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ plan { overallProgressPercent } }' }),
  });
  return { status: response.status, text: await response.text() };
}

describe('what the gateway relays from a subgraph', () => {
  it('relays a subgraph’s HTTP 400 GraphQL refusal with its code and field, and nothing of the HTTP answer', async () => {
    next = {
      status: 400,
      type: 'application/json',
      body: JSON.stringify({
        errors: [{ message: 'El valor no es válido.', extensions: { code: 'BAD_USER_INPUT', field: 'filter.from' } }],
      }),
    };
    const { status, text } = await ask();
    expect(status).toBe(200);
    // `plan` is non-null, so its refusal nulls the whole answer.
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'El valor no es válido.', extensions: { code: 'BAD_USER_INPUT', field: 'filter.from', serviceName: 'plan' } }],
      data: null,
    });
  });

  it('answers a proxy’s HTML error page as the subgraph being unavailable, without its URL', async () => {
    next = {
      status: 502,
      type: 'text/html',
      body: `<html><body>Bad gateway: ${stubUrl} at /work/app/node_modules/proxy.js:1:1</body></html>`,
    };
    const { text } = await ask();
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message:
            'El subgrafo «plan» (Secretaría técnica de la Subcomisión de Atención e Integración) no respondió; la respuesta no incluye sus datos. Intente de nuevo más tarde.',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'plan' },
        },
      ],
      data: null,
    });
  });

  it('replaces the message of a subgraph’s internal error, which may quote SQL, and drops nested extensions', async () => {
    next = {
      status: 200,
      type: 'application/json',
      body: JSON.stringify({
        data: { plan: null },
        errors: [
          {
            message: 'SQLITE_ERROR: no such table: plan_action (SELECT * FROM plan_action)',
            path: ['plan'],
            extensions: { code: 'INTERNAL_SERVER_ERROR', exception: { stacktrace: ['Error: at /work/app/db.js:1:1'] } },
          },
        ],
      }),
    };
    const { text } = await ask();
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'Error interno del subgrafo «plan».',
          path: ['plan'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'plan' },
        },
      ],
      data: null,
    });
  });
});
