import { Writable } from 'node:stream';
import { startGateway, type RunningGateway } from '@cnim/gateway';
import { SUBGRAPH_NAMES, createLogger } from '@cnim/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

// A second gateway over the harness's real subgraphs, with a logger whose lines the test reads.
const graph = useGraph();
const lines: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});
let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await startGateway({
    port: 0,
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, graph().subgraphUrl(name)])),
    logger: createLogger('gateway', {}, capture),
  });
});
afterAll(() => gateway?.stop());

const base = () => new URL('/', gateway.url);
const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('logs, metrics and health', () => {
  it('writes one access line per request, with request id, operation, status, duration and the subgraphs called', async () => {
    const token = await tokenFor('reader', null, 'lectora');
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'prueba-1', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query Plan { plan { overallProgressPercent actions { number title } } }', operationName: 'Plan' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('prueba-1');
    const line = entries().find((entry) => (entry.req as { id?: string } | undefined)?.id === 'prueba-1' && entry.msg === 'petición atendida')!;
    expect(line).toMatchObject({ name: 'gateway', level: 30, msg: 'petición atendida', req: { id: 'prueba-1', method: 'POST', path: '/graphql' }, res: { status: 200 } });
    expect(typeof line.responseTime).toBe('number');
    const facts = line.graphql as { operationName: string; subgraphs: string[] };
    expect(facts.operationName).toBe('Plan');
    expect([...facts.subgraphs].sort()).toEqual(['educacion', 'igualdad', 'plan', 'salud', 'sena', 'trabajo']);
    expect(lines.join('\n')).not.toContain(token);
  });

  it('logs an authentication failure with its reason, never the token', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.firma-falsa';
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}`, 'x-request-id': 'prueba-2' },
      body: JSON.stringify({ query: '{ plan { overallProgressPercent } }' }),
    });
    expect(response.status).toBe(401);
    const refused = entries().find((entry) => (entry.req as { id?: string } | undefined)?.id === 'prueba-2' && entry.msg === 'autenticación rechazada')!;
    expect(refused.level).toBe(40);
    expect(typeof refused.reason).toBe('string');
    expect(lines.join('\n')).not.toContain(forged);
  });

  it('answers /health and /ready on the gateway and on every subgraph, without an access line for the probes', async () => {
    for (const url of [base(), ...SUBGRAPH_NAMES.map((name) => new URL('/', graph().subgraphUrl(name)))]) {
      expect(await (await fetch(new URL('health', url))).json()).toEqual({ status: 'ok' });
      const ready = await fetch(new URL('ready', url));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });
    }
    expect(entries().filter((entry) => ['/health', '/ready'].includes((entry.req as { path?: string } | undefined)?.path ?? ''))).toEqual([]);
  });

  it('counts requests, errors and latency by operation and by subgraph at /metrics', async () => {
    await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ noExiste }' }) });
    const text = await (await fetch(new URL('metrics', base()))).text();
    expect(text).toContain('cnim_gateway_requests_total{operation="Plan",status="200"} 1');
    expect(text).toContain('cnim_gateway_errors_total{operation="anonima",code="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).toMatch(/cnim_gateway_subgraph_requests_total\{subgraph="plan",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/cnim_gateway_request_duration_seconds_count\{operation="Plan"\} 1/);
  });
});
