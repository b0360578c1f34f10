import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSubgraph, type RunningSubgraph } from '@cnim/kit';
import { salud } from '@cnim/salud';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';

const directory = mkdtempSync(join(tmpdir(), 'cnim-facts-'));
const databasePath = join(directory, 'salud.sqlite');
let subgraph: RunningSubgraph;

beforeAll(async () => {
  subgraph = await startSubgraph(salud, { port: 0, host: '127.0.0.1', database: databasePath });
});
afterAll(async () => {
  await subgraph?.stop();
  rmSync(directory, { recursive: true, force: true });
});

const PAGE = `query ($after: String) {
  saludFacts(filter: { indicator: ["SALUD-12-ASIGNACION"] }, first: 5, after: $after) {
    totalCount nodes { territoryCode value } pageInfo { endCursor hasNextPage }
  }
}`;
type Page = { saludFacts: { totalCount: number; nodes: Array<{ territoryCode: string; value: number }>; pageInfo: { endCursor: string } } };

describe('fact pages while new facts arrive', () => {
  it('keeps the next page unchanged when a fact is added before the cursor', async () => {
    const first = (await graphql<Page>(subgraph.url, PAGE)).data!.saludFacts;
    const before = (await graphql<Page>(subgraph.url, PAGE, { after: first.pageInfo.endCursor })).data!.saludFacts;

    // Another writer adds an allocation that sorts before the cursor (Medellín, 05001).
    const writer = new SQLite(databasePath);
    writer.prepare("INSERT INTO psychosocial_allocation VALUES ('05001', 14, 1, 'TRANSFERRED', '2025', 'resolucion-1409-2025')").run();
    writer.close();

    const after = (await graphql<Page>(subgraph.url, PAGE, { after: first.pageInfo.endCursor })).data!.saludFacts;
    expect(after.nodes).toEqual(before.nodes);
    expect(after.totalCount).toBe(before.totalCount + 1);
  });
});
