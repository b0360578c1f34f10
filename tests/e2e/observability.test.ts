import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { startGateway, type RunningGateway } from '@cnim/gateway';
import { SUBGRAPH_NAMES, createLogger, subgraphVariables } from '@cnim/kit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectLines, exitOf, freePort, waitFor } from '../support/processes.js';
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
    const line = entries().find(
      (entry) => (entry.req as { id?: string } | undefined)?.id === 'prueba-1' && entry.msg === 'petición atendida',
    )!;
    expect(line).toMatchObject({
      name: 'gateway',
      level: 30,
      msg: 'petición atendida',
      req: { id: 'prueba-1', method: 'POST', path: '/graphql' },
      res: { status: 200 },
    });
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
    const refused = entries().find(
      (entry) => (entry.req as { id?: string } | undefined)?.id === 'prueba-2' && entry.msg === 'autenticación rechazada',
    )!;
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
    expect(entries().filter((entry) => ['/health', '/ready'].includes((entry.req as { path?: string } | undefined)?.path ?? ''))).toEqual(
      [],
    );
  });

  it('counts requests, errors and latency by operation and by subgraph at /metrics', async () => {
    await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ noExiste }' }),
    });
    const text = await (await fetch(new URL('metrics', base()))).text();
    expect(text).toContain('cnim_gateway_requests_total{operation="Plan",status="200"} 1');
    expect(text).toContain('cnim_gateway_errors_total{operation="anonima",code="GRAPHQL_VALIDATION_FAILED"} 1');
    expect(text).toMatch(/cnim_gateway_subgraph_requests_total\{subgraph="plan",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/cnim_gateway_request_duration_seconds_count\{operation="Plan"\} 1/);
  });
});

describe('metrics in production: never on the public API port', () => {
  // Their labels name the operations other clients send. The real gateway process, as deployed: one
  // process (main.ts, under `npm start`) or a cluster (`npm run start:cluster`, one process here).
  const strong = (label: string) => createHash('sha256').update(label).digest('base64');
  const token = strong('metricas');
  let running: ChildProcess | undefined;
  afterEach(async () => {
    if (running && running.exitCode === null && running.signalCode === null) {
      running.kill('SIGTERM');
      await exitOf(running, 20_000);
    }
  });

  it.each([
    ['one gateway process (npm start)', 'gateway/src/main.ts', {}],
    ['the cluster, whose primary sums every process', 'gateway/src/cluster.ts', { GATEWAY_PROCESSES: '1' }],
  ])(
    '%s: /metrics answers 404 on the API port, and only GATEWAY_METRICS_PORT with CNIM_METRICS_TOKEN serves it',
    async (_, entry, extra) => {
      const [apiPort, metricsPort] = [await freePort(), await freePort()];
      running = spawn(process.execPath, ['--import', 'tsx', entry], {
        cwd: new URL('../..', import.meta.url),
        env: {
          ...process.env,
          ...extra,
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          GATEWAY_PORT: String(apiPort),
          GATEWAY_METRICS_PORT: String(metricsPort),
          CNIM_METRICS_TOKEN: token,
          CNIM_JWT_SECRET: strong('jwt'),
          CNIM_RESPONSE_CACHE: 'off',
          ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphVariables(name).gatewaySecret, strong(name)])),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const output = collectLines(running);
      await waitFor(
        `el gateway en producción (${output.slice(-3).join(' | ')})`,
        () => (output.some((line) => line.startsWith('Gateway listo')) ? true : undefined),
        40_000,
      );
      await waitFor(
        'el puerto de métricas',
        () => (output.some((line) => line.includes(`:${metricsPort}/metrics`)) ? true : undefined),
        10_000,
      );
      const api = `http://127.0.0.1:${apiPort}`;
      const metrics = `http://127.0.0.1:${metricsPort}/metrics`;
      const probe = await fetch(`${api}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Sonda { __typename }', operationName: 'Sonda' }),
      });
      expect(probe.status).toBe(200);

      const publicScrape = await fetch(`${api}/metrics`);
      expect(publicScrape.status).toBe(404);
      const publicBody = await publicScrape.text();
      expect(publicBody).not.toContain('cnim_gateway_');
      // Exactly what any other unknown path answers: /metrics is not even told apart.
      expect(publicBody).toBe((await (await fetch(`${api}/no-existe`)).text()).replace('/no-existe', '/metrics'));

      expect((await fetch(metrics)).status).toBe(401);
      expect((await fetch(metrics, { headers: { authorization: `Bearer ${strong('otra')}` } })).status).toBe(401);
      const scrape = await fetch(metrics, { headers: { authorization: `Bearer ${token}` } });
      expect(scrape.status).toBe(200);
      expect(await scrape.text()).toContain('cnim_gateway_requests_total{operation="Sonda",status="200"} 1');
    },
    60_000,
  );
});
