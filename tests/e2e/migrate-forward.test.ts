import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { igualdad } from '@cnim/igualdad';
import { IN_MEMORY, openDatabase, startSubgraph, type RunningSubgraph } from '@cnim/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';

// Igualdad's database as the previous version wrote it (before the plan moved to its own subgraph):
// created by that version's `npm start`, then compacted with VACUUM INTO and gzipped.
const FIXTURE = new URL('../fixtures/igualdad-2026-11-25.sqlite.gz', import.meta.url);
const directory = mkdtempSync(join(tmpdir(), 'cnim-migrate-'));
const path = join(directory, 'igualdad.sqlite');

let previous: RunningSubgraph;
let fresh: RunningSubgraph;
beforeAll(async () => {
  writeFileSync(path, gunzipSync(readFileSync(FIXTURE)));
  previous = await startSubgraph(igualdad, { port: 0, host: '127.0.0.1', database: path });
  fresh = await startSubgraph(igualdad, { port: 0, host: '127.0.0.1', database: IN_MEMORY });
});
afterAll(async () => {
  await previous?.stop();
  await fresh?.stop();
  rmSync(directory, { recursive: true, force: true });
});

const QUERIES = [
  `{ _entities(representations: [${[1, 2, 3, 4, 5, 10].map((number) => `{ __typename: "IgualdadAction", number: ${number} }`).join(', ')}]) {
      ... on IgualdadAction { number title ownFindings { rule message } report { narrative version } tasks { number description deadline { asWritten date validity } status version } } } }`,
  '{ integrateCentres { id name status pilot municipality { code name } peopleAttended openedOn { asWritten date } } }',
  '{ igualdadIndicators { code name unit accumulation territoryLevel } igualdadFacts(first: 1000) { totalCount nodes { id value periodId territoryCode site } } }',
  '{ _entities(representations: [{ __typename: "Municipality", code: "44001" }, { __typename: "Department", code: "54" }]) { ... on Municipality { name integrateCentres { name } communitySpaces { name } } ... on Department { migrationRoundtables { name } } } }',
];

describe('a database created by the previous version', () => {
  it('migrates forward: the plan’s tables leave Igualdad’s database', async () => {
    const db = openDatabase<Record<string, never>>(path);
    try {
      const tables = await db.introspection.getTables();
      const names = tables.map((table) => table.name);
      expect(names).not.toContain('plan');
      expect(names).not.toContain('plan_action');
      expect(names).not.toContain('plan_indicator');
      expect(names).not.toContain('strategic_axis');
      expect(names).toContain('integrate_centre');
    } finally {
      await db.destroy();
    }
  });

  it.each(QUERIES.map((query, index) => [index + 1, query] as const))(
    'answers query %i exactly as a fresh database does',
    async (_, query) => {
      const [before, after] = await Promise.all([graphql(previous.url, query), graphql(fresh.url, query)]);
      expect(before.errors).toBeUndefined();
      expect(before).toEqual(after);
    },
  );
});
