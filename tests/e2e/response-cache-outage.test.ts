import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NEXT_CUT, openNextCut } from '../support/cuts.js';
import { freshPostgresDatabase, type FreshDatabase } from '../support/fresh-database.js';
import { startGraph, type RunningGraph } from '../support/graph.js';
import { tokenFor } from '../support/tokens.js';

const PROGRESS = '{ plan { overallProgressPercent } }';
const SET_STATUS = 'mutation ($input: SetTaskStatusInput!) { trabajo { setTaskStatus(input: $input) { status version } } }';

async function ask(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as unknown, age: response.headers.get('age') };
}

describe('a response cache on Postgres whose server stops answering', () => {
  let store: FreshDatabase;
  let graph: RunningGraph;
  let admin: pg.Client;
  const name = () => new URL(store.location).pathname.slice(1);
  beforeAll(async () => {
    store = await freshPostgresDatabase('cache');
    graph = await startGraph({ responseCache: store.location });
    admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.query(`ALTER DATABASE ${name()} ALLOW_CONNECTIONS true`);
    await graph?.stop();
    await admin?.end();
    await store?.drop();
  });

  it('keeps the gateway answering reads (cold) and writes, and caches again once it is back', async () => {
    await ask(graph.url, PROGRESS);
    expect(await ask(graph.url, PROGRESS)).toMatchObject({ status: 200, body: { data: { plan: { overallProgressPercent: 48 } } }, age: expect.any(String) });

    await admin.query(`ALTER DATABASE ${name()} ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name()]);
    for (let read = 0; read < 2; read += 1) {
      expect(await ask(graph.url, PROGRESS)).toEqual({ status: 200, body: { data: { plan: { overallProgressPercent: 48 } } }, age: null });
    }
    await openNextCut(graph.url, 'abrir-sin-cache');
    const written = await ask(
      graph.url,
      SET_STATUS,
      { input: { action: 14, task: 2, status: 'IN_PROGRESS', progressPercent: 30, cut: NEXT_CUT.cut, expectedVersion: 0, idempotencyKey: 'sin-cache' } },
      { authorization: `Bearer ${await tokenFor('reporter', 'TRABAJO', 'reportero-trabajo')}` },
    );
    expect(written).toEqual({ status: 200, body: { data: { trabajo: { setTaskStatus: { status: 'IN_PROGRESS', version: 1 } } } }, age: null });

    await admin.query(`ALTER DATABASE ${name()} ALLOW_CONNECTIONS true`);
    expect((await ask(graph.url, PROGRESS)).age).toBeNull();
    expect((await ask(graph.url, PROGRESS)).age).toEqual(expect.any(String));
  });
});
