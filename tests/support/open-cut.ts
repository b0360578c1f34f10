import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseContext } from '@apollo/server';
import {
  jwtSecret,
  prepareSubgraphDatabase,
  startSubgraph,
  type CutDatabase,
  type DatasetDatabase,
  type MinistryCode,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '@cnim/kit';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { graphql } from './graphql.js';
import { tokenFor } from './tokens.js';

/** The cut the secretariat opens after the report's (its openCut mutation is not used here). */
export const OPEN_CUT = { id: '2026-02', label: 'Febrero 2026', closing_date: '2026-02-28', closing_date_derived: 0, status: 'OPEN', version: 1 } as const;

/**
 * A subgraph on a temporary database file in which cut 2026-02 is open (inserted straight into
 * `report_cut`), accepting development reporter tokens sent to it directly. Stopped and removed afterwards.
 */
export function useSubgraphWithOpenCut<DB extends DatasetDatabase & CutDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  ministry: MinistryCode,
) {
  const directory = mkdtempSync(join(tmpdir(), `cnim-cut-${ministry.toLowerCase()}-`));
  let subgraph: RunningSubgraph | undefined;
  beforeAll(async () => {
    const databasePath = join(directory, 'subgraph.sqlite');
    const db = (await prepareSubgraphDatabase(definition, databasePath)) as unknown as Kysely<CutDatabase>;
    await db.insertInto('report_cut').values(OPEN_CUT).execute();
    await db.destroy();
    subgraph = await startSubgraph(definition, { port: 0, host: '127.0.0.1', databasePath, directTokenKey: jwtSecret({}).key });
  });
  afterAll(async () => {
    await subgraph?.stop();
    rmSync(directory, { recursive: true, force: true });
  });
  const query = <Data = Record<string, unknown>>(text: string, variables?: Record<string, unknown>) => graphql<Data>(subgraph!.url, text, variables);
  let key = 0;
  /**
   * Records a value through the ministry's own recordValue mutation, as its reporter. Without `cut` in
   * the input the value goes into the only open cut, 2026-02.
   */
  const record = async (input: Record<string, unknown>) =>
    graphql<Record<string, { recordValue: { id: string; value: number; version: number } }>>(
      subgraph!.url,
      `mutation ($input: RecordValueInput!) { ${ministry.toLowerCase()} { recordValue(input: $input) { id value version } } }`,
      { input: { idempotencyKey: `corte-${ministry}-${(key += 1)}`, ...input } },
      { authorization: `Bearer ${await tokenFor('reporter', ministry, `reportero-${ministry.toLowerCase()}`)}` },
    );
  return { query, record };
}
