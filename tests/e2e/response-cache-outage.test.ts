import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEXT_CUT, openNextCut } from '../support/cuts.js';
import { freshPostgresDatabase, type FreshPostgresDatabase } from '../support/fresh-database.js';
import { startGraph, type RunningGraph } from '../support/graph.js';
import { tokenFor } from '../support/tokens.js';

const PROGRESS = '{ plan { overallProgressPercent } }';
const SET_STATUS = 'mutation ($input: SetTaskStatusInput!) { trabajo { setTaskStatus(input: $input) { status version } } }';

async function ask(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as unknown, age: response.headers.get('age') };
}

describe('a response cache on Postgres whose server stops answering', () => {
  let store: FreshPostgresDatabase;
  let graph: RunningGraph;
  beforeAll(async () => {
    store = await freshPostgresDatabase('cache');
    graph = await startGraph({ responseCache: store.location });
  });
  afterAll(async () => {
    await graph?.stop();
    await store?.drop();
  });

  it('keeps the gateway answering reads (cold) and writes, and caches again once it is back', async () => {
    await ask(graph.url, PROGRESS);
    expect(await ask(graph.url, PROGRESS)).toMatchObject({
      status: 200,
      body: { data: { plan: { overallProgressPercent: 48 } } },
      age: expect.any(String),
    });

    await store.setReachable(false);
    for (let read = 0; read < 2; read += 1) {
      expect(await ask(graph.url, PROGRESS)).toEqual({ status: 200, body: { data: { plan: { overallProgressPercent: 48 } } }, age: null });
    }
    await openNextCut(graph.url, 'abrir-sin-cache');
    const written = await ask(
      graph.url,
      SET_STATUS,
      {
        input: {
          action: 14,
          task: 2,
          status: 'IN_PROGRESS',
          progressPercent: 30,
          cut: NEXT_CUT.cut,
          expectedVersion: 0,
          idempotencyKey: 'sin-cache',
        },
      },
      { authorization: `Bearer ${await tokenFor('reporter', 'TRABAJO', 'reportero-trabajo')}` },
    );
    expect(written).toEqual({
      status: 200,
      body: { data: { trabajo: { setTaskStatus: { status: 'IN_PROGRESS', version: 1 } } } },
      age: null,
    });

    await store.setReachable(true);
    expect((await ask(graph.url, PROGRESS)).age).toBeNull();
    expect((await ask(graph.url, PROGRESS)).age).toEqual(expect.any(String));
  });
});
