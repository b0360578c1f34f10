import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareSubgraphDatabase, startSubgraph, type RunningSubgraph } from '@cnim/kit';
import { salud } from '@cnim/salud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';

// Writes refuse values that break a rule, but a database can hold such values from before the rules
// existed: a Salud database where Tibú's fourth-quarter transfer (900.000.000) was stored above its
// whole 2025 transfer and allocation (60.431.400). The findings list it, and nothing is corrected.
const directory = mkdtempSync(join(tmpdir(), 'cnim-hallazgos-'));
let subgraph: RunningSubgraph;

beforeAll(async () => {
  const databasePath = join(directory, 'salud.sqlite');
  const db = await prepareSubgraphDatabase(salud, databasePath);
  await db
    .insertInto('recorded_value')
    .values({
      id: 'SALUD-12-GIRO|2025Q4|54810|TOTAL|TOTAL|TOTAL',
      cut_id: '2025-11',
      indicator_code: 'SALUD-12-GIRO',
      action_number: 12,
      ministry: 'SALUD',
      territory_level: 'MUNICIPALITY',
      territory_code: '54810',
      period_id: '2025Q4',
      period_start: '2025-10-01',
      period_end: '2025-12-31',
      site: 'TOTAL',
      sex: 'TOTAL',
      nationality: 'TOTAL',
      value: 900_000_000,
      unit: 'COP',
      version: 1,
      recorded_at: '2025-12-15T10:00:00.000Z',
    })
    .execute();
  await db.destroy();
  subgraph = await startSubgraph(salud, { port: 0, host: '127.0.0.1', database: databasePath });
});
afterAll(async () => {
  await subgraph?.stop();
  rmSync(directory, { recursive: true, force: true });
});

describe('findings of stored values that break the value rules', () => {
  it('lists Tibú’s quarter above its year and above its allocation, with the values compared, beside Salud’s own finding', async () => {
    const { data, errors } = await graphql<{
      _entities: Array<{ ownFindings: Array<{ rule: string; message: string; values: Array<{ name: string; value: string }> }> }>;
    }>(
      subgraph.url,
      '{ _entities(representations: [{ __typename: "SaludAction", number: 12 }]) { ... on SaludAction { ownFindings { rule message values { name value } } } } }',
    );
    expect(errors).toBeUndefined();
    const findings = data!._entities[0]!.ownFindings;
    expect(findings.map((finding) => finding.rule)).toEqual(['STATED_TOTAL_MISMATCH', 'PERIOD_EXCEEDS_YEAR', 'VALUE_EXCEEDS_BOUND']);
    expect(findings[1]).toEqual({
      rule: 'PERIOD_EXCEEDS_YEAR',
      message:
        'Regla de validación: el valor de 2025Q4 (900.000.000) no puede superar al del año 2025 (60.431.400) en SALUD-12-GIRO, 54810.',
      values: [
        { name: 'indicador', value: 'SALUD-12-GIRO' },
        { name: 'hecho', value: 'SALUD-12-GIRO|2025Q4|54810|TOTAL|TOTAL|TOTAL' },
        { name: 'hecho', value: 'SALUD-12-GIRO|2025|54810|TOTAL|TOTAL|TOTAL' },
      ],
    });
    expect(findings[2]!.message).toBe(
      'Regla de validación: SALUD-12-GIRO (900.000.000) no puede superar a SALUD-12-ASIGNACION (60.431.400) en 54810, año 2025.',
    );
  });
});
