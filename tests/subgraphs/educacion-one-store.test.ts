import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { educacion } from '@cnim/educacion';
import { jwtSecret, startSubgraph, type RunningSubgraph } from '@cnim/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretariat } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';

// One store of values: Educación's count of secretariats reads the same facts as educacionFacts, as of
// a cut. Cut 2026-02 is opened by the secretariat with the subgraph's own openCut; values go into it.

const dir = mkdtempSync(join(tmpdir(), 'educacion-one-store-'));
let subgraph: RunningSubgraph;
let reporter: Record<string, string>;

beforeAll(async () => {
  const path = join(dir, 'educacion.sqlite');
  subgraph = await startSubgraph(educacion, { port: 0, host: '127.0.0.1', database: path, directTokenKey: jwtSecret({}).key });
  const opened = await graphql(
    subgraph.url,
    'mutation { educacion { openCut(input: { cut: "2026-02", label: "Febrero 2026", closingDate: "2026-02-28", idempotencyKey: "abrir" }) { status } } }',
    undefined,
    await secretariat(),
  );
  expect(opened.errors).toBeUndefined();
  reporter = { authorization: `Bearer ${await tokenFor('reporter', 'EDUCACION', 'reportero-educacion')}` };
});
afterAll(async () => {
  await subgraph?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const query = <Data = Record<string, unknown>>(text: string) => graphql<Data>(subgraph.url, text);

let key = 0;
const record = (input: Record<string, unknown>) =>
  graphql<{ educacion: { recordValue: { id: string; value: number; cut: string; version: number } } }>(
    subgraph.url,
    'mutation ($input: RecordValueInput!) { educacion { recordValue(input: $input) { id value cut version } } }',
    { input: { idempotencyKey: `una-tienda-${(key += 1)}`, indicator: 'EDUCACION-11-SECRETARIAS', ...input } },
    reporter,
  );

const circular038 = async (selection: string) => {
  const { data, errors } = await query<{ _entities: Array<{ circular038: unknown }> }>(
    `{ _entities(representations: [{ __typename: "EducacionAction", number: 11 }]) { ... on EducacionAction { circular038 { ${selection} } } } }`,
  );
  expect(errors).toBeUndefined();
  return data!._entities[0]!.circular038;
};

const facts = async (cut: string | null) =>
  (
    await query<{ educacionFacts: { nodes: unknown[] } }>(
      `{ educacionFacts(filter: { indicator: ["EDUCACION-11-SECRETARIAS"]${cut ? `, cut: "${cut}"` : ''} }) { nodes { id periodId value cut version } } }`,
    )
  ).data!.educacionFacts.nodes;

describe('educacion: a count recorded in an open cut is read by statedSecretariatCount and the facts alike', () => {
  it('records nine secretariats in the first quarter of 2026 and corrects 2025 to eight, both in cut 2026-02', async () => {
    const quarter = await record({ period: '2026Q1', value: 9, expectedVersion: 0 });
    expect(quarter.errors).toBeUndefined();
    expect(quarter.data!.educacion.recordValue).toEqual({
      id: 'EDUCACION-11-SECRETARIAS|2026Q1|CO|TOTAL|TOTAL|TOTAL',
      value: 9,
      cut: '2026-02',
      version: 1,
    });
    const year = await record({ period: '2025', value: 8, expectedVersion: 1 });
    expect(year.errors).toBeUndefined();
    expect(year.data!.educacion.recordValue).toEqual({
      id: 'EDUCACION-11-SECRETARIAS|2025|CO|TOTAL|TOTAL|TOTAL',
      value: 8,
      cut: '2026-02',
      version: 2,
    });
  });

  it('shows them in statedSecretariatCount with cut 2026-02, and in the facts of that cut', async () => {
    expect(
      await circular038(
        'year: statedSecretariatCount(cut: "2026-02", period: "2025") quarter: statedSecretariatCount(cut: "2026-02", period: "2026Q1")',
      ),
    ).toEqual({
      year: 8,
      quarter: 9,
    });
    expect(await facts('2026-02')).toEqual([
      { id: 'EDUCACION-11-SECRETARIAS|2025|CO|TOTAL|TOTAL|TOTAL', periodId: '2025', value: 8, cut: '2026-02', version: 2 },
      { id: 'EDUCACION-11-SECRETARIAS|2026Q1|CO|TOTAL|TOTAL|TOTAL', periodId: '2026Q1', value: 9, cut: '2026-02', version: 1 },
    ]);
  });

  it('leaves the cut-2025-11 answer unchanged: the report’s 7, by default and when that cut is named', async () => {
    expect(await circular038('statedSecretariatCount november: statedSecretariatCount(cut: "2025-11") topics')).toMatchObject({
      statedSecretariatCount: 7,
      november: 7,
    });
    expect(await facts(null)).toEqual([
      { id: 'EDUCACION-11-SECRETARIAS|2025|CO|TOTAL|TOTAL|TOTAL', periodId: '2025', value: 7, cut: '2025-11', version: 1 },
    ]);
  });

  it('refuses an unknown period or cut, and a period with no value in the cut asked for', async () => {
    const ask = (args: string) =>
      query(
        `{ _entities(representations: [{ __typename: "EducacionAction", number: 11 }]) { ... on EducacionAction { circular038 { statedSecretariatCount(${args}) } } } }`,
      );
    const period = await ask('period: "2027"');
    expect(period.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(period.errors?.[0]?.message).toContain('"2027" no es un periodo del plan; los periodos son "2025", "2025Q1",');
    const cut = await ask('cut: "2026-13"');
    expect(cut.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cut' });
    const missing = await ask('period: "2026Q1"');
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'period' });
    expect(missing.errors?.[0]?.message).toBe('No hay un valor de EDUCACION-11-SECRETARIAS para el periodo 2026Q1 en el corte 2025-11.');
  });
});
