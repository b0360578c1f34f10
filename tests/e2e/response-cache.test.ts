import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, subgraphVariables, type RunningSubgraph } from '@cnim/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefinitions } from '../../scripts/subgraph-definitions.js';
import { NEXT_CUT, openNextCut } from '../support/cuts.js';
import { collectLines, exitOf, freePort, waitFor } from '../support/processes.js';
import { freshPostgresDatabase, type FreshDatabase } from '../support/fresh-database.js';
import { startFresh } from '../support/subgraph.js';
import { tokenFor } from '../support/tokens.js';

const GATEWAY_MAIN = fileURLToPath(new URL('../../gateway/src/main.ts', import.meta.url));

interface Answer {
  body: { data?: Record<string, unknown>; errors?: unknown[] };
  /** The `age` header: present only on an answer served from the cache. */
  age: string | null;
}

async function ask(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as Answer['body'], age: response.headers.get('age') };
}

const PROGRESS = '{ plan { overallProgressPercent } }';
const TASKS = `{ action(number: 14, cut: "${NEXT_CUT.cut}") { tasks { number status progressPercent } } }`;
const SET_STATUS = 'mutation ($input: SetTaskStatusInput!) { trabajo { setTaskStatus(input: $input) { status version } } }';

const reporter = async () => ({ authorization: `Bearer ${await tokenFor('reporter', 'TRABAJO', 'reportero-trabajo')}` });

/** Task 2 of action 14 (Trabajo) in the next cut, as one gateway reads it. */
async function taskTwo(url: string): Promise<unknown> {
  const { body } = await ask(url, TASKS);
  expect(body.errors).toBeUndefined();
  return (body.data!.action as { tasks: Array<{ number: number }> }).tasks.find((task) => task.number === 2);
}

/** Where the two gateways meet: a file, as the processes of one machine do, or a Postgres database, as gateways on several machines do. */
const STORES: Array<[string, (cacheDir: string) => Promise<FreshDatabase & { location: string }>]> = [
  ['a SQLite file', async (cacheDir) => ({ location: join(cacheDir, 'response-cache.sqlite'), drop: async () => {} })],
  ['a Postgres database', async () => freshPostgresDatabase('cache')],
];

describe.each(STORES)('the response cache, shared by two gateway processes through %s', (_, openStore) => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'cnim-cache-'));
  let store: FreshDatabase | undefined;
  const subgraphs: RunningSubgraph[] = [];
  const gateways: ChildProcess[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    const definitions = await loadDefinitions();
    for (const name of SUBGRAPH_NAMES) subgraphs.push(await startFresh(definitions.get(name)!));
    store = await openStore(cacheDir);
    const subgraphEnv = Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [subgraphVariables(name).url, subgraphs[index]!.url]));
    for (let index = 0; index < 2; index += 1) {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', 'tsx', GATEWAY_MAIN], {
        env: { ...process.env, ...subgraphEnv, GATEWAY_PORT: String(port), CNIM_RESPONSE_CACHE: store.location },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const lines = collectLines(child);
      gateways.push(child);
      const url = `http://127.0.0.1:${port}/graphql`;
      await waitFor(
        `el gateway ${index + 1} (${lines.join(' ')})`,
        async () => ((await fetch(url.replace('/graphql', '/health')).catch(() => null))?.ok ? true : undefined),
        30_000,
      );
      urls.push(url);
    }
  }, 90_000);

  afterAll(async () => {
    for (const child of gateways) {
      child.kill('SIGTERM');
      await exitOf(child, 10_000);
    }
    await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
    await store?.drop();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('serves one process’s answer from the other: the report’s 48 % computed once, read back from the shared store', async () => {
    const [first, second] = urls as [string, string];
    const computed = await ask(first, PROGRESS);
    expect(computed).toEqual({ body: { data: { plan: { overallProgressPercent: 48 } } }, age: null });
    const served = await ask(second, PROGRESS);
    expect(served.body).toEqual({ data: { plan: { overallProgressPercent: 48 } } });
    expect(served.age).not.toBeNull();
  });

  it('never returns the old value after an acknowledged write, whichever process writes and whichever reads', async () => {
    await openNextCut(urls[0]!, 'abrir-cache');
    expect(await taskTwo(urls[1]!)).toEqual({ number: 2, status: 'NOT_REPORTED', progressPercent: null });
    const statuses = ['IN_PROGRESS', 'NOT_STARTED', 'COMPLETED', 'IN_PROGRESS', 'NOT_STARTED', 'COMPLETED'] as const;
    for (const [round, status] of statuses.entries()) {
      const writer = urls[round % 2]!;
      const reader = urls[(round + 1) % 2]!;
      // Both processes serve the previous value from the cache just before the write. The cache keeps an
      // answer after sending it, so on a busy machine the very next read may still compute it: wait for the hit.
      for (const url of urls)
        await waitFor('una respuesta de la caché', async () => ((await ask(url, TASKS)).age !== null ? true : undefined), 10_000, 20);
      const progressPercent = status === 'IN_PROGRESS' ? 10 * (round + 1) : null;
      const written = await ask(
        writer,
        SET_STATUS,
        {
          input: {
            action: 14,
            task: 2,
            status,
            progressPercent,
            cut: NEXT_CUT.cut,
            expectedVersion: round,
            idempotencyKey: `cache-${round}`,
          },
        },
        await reporter(),
      );
      expect(written.body).toEqual({ data: { trabajo: { setTaskStatus: { status, version: round + 1 } } } });
      expect(await taskTwo(reader)).toEqual({ number: 2, status, progressPercent });
      expect(await taskTwo(writer)).toEqual({ number: 2, status, progressPercent });
    }
  });

  it('keeps requests with a token out of it: they neither read nor fill the cache', async () => {
    const headers = await reporter();
    const [first, second] = urls as [string, string];
    const answers = [
      await ask(first, PROGRESS, {}, headers),
      await ask(first, PROGRESS, {}, headers),
      await ask(second, PROGRESS, {}, headers),
    ];
    expect(answers).toEqual(Array.from({ length: 3 }, () => ({ body: { data: { plan: { overallProgressPercent: 48 } } }, age: null })));
  });
});
