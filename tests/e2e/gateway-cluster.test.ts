import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, subgraphVariables, type RunningSubgraph } from '@cnim/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf } from '../../bench/front-doors/process-usage.js';
import { loadDefinitions } from '../../scripts/subgraph-definitions.js';
import { NEXT_CUT, openNextCut } from '../support/cuts.js';
import { collectLines, exitOf, freePort, isAlive, waitFor } from '../support/processes.js';
import { startFresh } from '../support/subgraph.js';
import { tokenFor } from '../support/tokens.js';

const CLUSTER = fileURLToPath(new URL('../../gateway/src/cluster.ts', import.meta.url));
const TASKS = `{ action(number: 14, cut: "${NEXT_CUT.cut}") { tasks { number status } } }`;
const SET_STATUS = 'mutation ($input: SetTaskStatusInput!) { trabajo { setTaskStatus(input: $input) { status version } } }';

/**
 * One request on a connection of its own: Node's cluster hands each new connection to the next
 * gateway process, so consecutive calls reach every process in turn.
 */
function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve(JSON.parse(text) as { data?: Record<string, unknown> }));
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

describe('npm run start:cluster’s gateway: several processes on one port', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'cnim-cluster-'));
  const subgraphs: RunningSubgraph[] = [];
  let primary: ChildProcess;
  let url: string;
  let metricsUrl: string;

  beforeAll(async () => {
    const definitions = await loadDefinitions();
    for (const name of SUBGRAPH_NAMES) subgraphs.push(await startFresh(definitions.get(name)!));
    const port = await freePort();
    const metricsPort = await freePort();
    metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    primary = spawn(process.execPath, ['--import', 'tsx', CLUSTER], {
      env: {
        ...process.env,
        ...Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [subgraphVariables(name).url, subgraphs[index]!.url])),
        GATEWAY_PORT: String(port),
        GATEWAY_PROCESSES: '2',
        GATEWAY_METRICS_PORT: String(metricsPort),
        CNIM_RESPONSE_CACHE: join(cacheDir, 'response-cache.sqlite'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines = collectLines(primary);
    url = `http://127.0.0.1:${port}/graphql`;
    // Ready when both processes have said so.
    await waitFor(
      `los dos procesos del gateway (${lines.join(' | ')})`,
      () => (lines.filter((line) => line.startsWith('Gateway listo')).length === 2 ? true : undefined),
      60_000,
    );
  }, 90_000);

  afterAll(async () => {
    if (primary.exitCode === null) {
      primary.kill('SIGKILL');
      await exitOf(primary, 10_000);
    }
    await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('runs GATEWAY_PROCESSES gateway processes behind one port, each serving the report’s 48 %', async () => {
    expect(childrenOf(primary.pid!)).toHaveLength(2);
    for (let index = 0; index < 4; index += 1) {
      expect(await post(url, '{ plan { overallProgressPercent } }')).toEqual({ data: { plan: { overallProgressPercent: 48 } } });
    }
  });

  it('never gives the old value after a write acknowledged by another process', async () => {
    await openNextCut(url, 'abrir-cluster');
    const reporter = { authorization: `Bearer ${await tokenFor('reporter', 'TRABAJO', 'reportero-trabajo')}` };
    const taskTwo = async () =>
      ((await post(url, TASKS)).data!.action as { tasks: Array<{ number: number; status: string }> }).tasks.find(
        (task) => task.number === 2,
      );
    // Each process holds the task warm before the first write.
    for (let index = 0; index < 4; index += 1) expect(await taskTwo()).toEqual({ number: 2, status: 'NOT_REPORTED' });
    const statuses = ['IN_PROGRESS', 'COMPLETED', 'NOT_STARTED', 'IN_PROGRESS'] as const;
    for (const [round, status] of statuses.entries()) {
      const written = await post(
        url,
        SET_STATUS,
        { input: { action: 14, task: 2, status, cut: NEXT_CUT.cut, expectedVersion: round, idempotencyKey: `cluster-${round}` } },
        reporter,
      );
      expect(written).toEqual({ data: { trabajo: { setTaskStatus: { status, version: round + 1 } } } });
      // Four connections: both processes, twice each, whichever wrote.
      for (let index = 0; index < 4; index += 1) expect(await taskTwo()).toEqual({ number: 2, status });
    }
  });

  it('serves every process’s metrics summed at GATEWAY_METRICS_PORT: the 28 unnamed requests the tests above sent, 200 each', async () => {
    // 4 reads of the progress, then 4 + 4 × 4 reads of the task and 4 writes; the cut was opened by a named operation.
    const text = await (await fetch(metricsUrl)).text();
    expect(text).toContain('cnim_gateway_requests_total{operation="anonima",status="200"} 28');
  });

  it('stops every process on SIGTERM', async () => {
    const workers = childrenOf(primary.pid!);
    primary.kill('SIGTERM');
    expect(await exitOf(primary, 15_000)).toEqual({ code: 0, signal: null });
    for (const pid of workers) expect(isAlive(pid)).toBe(false);
  });
});
