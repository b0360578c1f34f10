import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { igualdad } from '@cnim/igualdad';
import { MUNICIPALITIES, jwtSecret, startSubgraph, type RunningSubgraph } from '@cnim/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretariat } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';

// One store of values: Igualdad's typed figures read the same facts as igualdadFacts, as of a cut.
// Cut 2026-02 is opened by the secretariat with the subgraph's own openCut; values go into it.

const dir = mkdtempSync(join(tmpdir(), 'igualdad-one-store-'));
let subgraph: RunningSubgraph;
let reporter: Record<string, string>;

beforeAll(async () => {
  const path = join(dir, 'igualdad.sqlite');
  subgraph = await startSubgraph(igualdad, { port: 0, host: '127.0.0.1', database: path, directTokenKey: jwtSecret({}).key });
  const opened = await graphql(
    subgraph.url,
    'mutation { igualdad { openCut(input: { cut: "2026-02", label: "Febrero 2026", closingDate: "2026-02-28", idempotencyKey: "abrir" }) { status } } }',
    undefined,
    await secretariat(),
  );
  expect(opened.errors).toBeUndefined();
  reporter = { authorization: `Bearer ${await tokenFor('reporter', 'IGUALDAD', 'reportera-igualdad')}` };
});
afterAll(async () => {
  await subgraph?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const query = <Data = Record<string, unknown>>(text: string, variables?: Record<string, unknown>) =>
  graphql<Data>(subgraph.url, text, variables);

let key = 0;
const record = (input: Record<string, unknown>) =>
  graphql<{ igualdad: { recordValue: { id: string; value: number; cut: string; version: number } } }>(
    subgraph.url,
    'mutation ($input: RecordValueInput!) { igualdad { recordValue(input: $input) { id value cut version } } }',
    { input: { idempotencyKey: `una-tienda-${(key += 1)}`, ...input } },
    reporter,
  );

const facts = async (filter: string) =>
  (
    await query<{ igualdadFacts: { nodes: unknown[] } }>(
      `{ igualdadFacts(filter: { ${filter} }) { nodes { id periodId territoryCode site value cut } } }`,
    )
  ).data!.igualdadFacts.nodes;

const RANGE = '2025-01-01..2025-09-30';

describe('igualdad: a value recorded in an open cut is read by the typed figures and the facts alike', () => {
  it('records Cúcuta’s Intégrate centre’s fourth quarter of 2025 (3.120 people) in cut 2026-02', async () => {
    const { data, errors } = await record({
      indicator: 'IGUALDAD-1-ATENCIONES',
      period: '2025Q4',
      territory: '54001',
      site: 'cucuta',
      value: 3120,
      expectedVersion: 0,
    });
    expect(errors).toBeUndefined();
    expect(data!.igualdad.recordValue).toEqual({
      id: 'IGUALDAD-1-ATENCIONES|2025Q4|54001|cucuta|TOTAL|TOTAL',
      value: 3120,
      cut: '2026-02',
      version: 1,
    });
  });

  it('shows it in IntegrateCentre.peopleAttended, Municipality.integrateCentres and the sum by centres, with that cut and period', async () => {
    const { data, errors } = await query<{
      integrateCentres: Array<{ id: string; q4: number | null; report: number | null }>;
      _entities: unknown[];
    }>(`{
      integrateCentres(status: INITIAL) { id q4: peopleAttended(cut: "2026-02", period: "2025Q4") report: peopleAttended(cut: "2026-02", period: "${RANGE}") year: peopleAttended(cut: "2026-02") }
      _entities(representations: [{ __typename: "Municipality", code: "54001" }]) {
        ... on Municipality { integrateCentres { id peopleAttended(cut: "2026-02", period: "2025Q4") attendancePeriod { id } } }
      }
    }`);
    expect(errors).toBeUndefined();
    // Cut 2026-02 reads 2026 by default, for which no centre has a figure yet: null, never zero.
    expect(data!.integrateCentres.find((centre: { id: string }) => centre.id === 'cucuta')).toEqual({
      id: 'cucuta',
      q4: 3120,
      report: 14344,
      year: null,
    });
    // No other centre has a fourth-quarter figure: null, never zero.
    expect(
      data!.integrateCentres.filter((centre: { q4: number | null }) => centre.q4 !== null).map((centre: { id: string }) => centre.id),
    ).toEqual(['cucuta']);
    expect(data!._entities).toEqual([{ integrateCentres: [{ id: 'cucuta', peopleAttended: 3120, attendancePeriod: { id: RANGE } }] }]);

    const programme =
      await query(`{ _entities(representations: [{ __typename: "IgualdadAction", number: 1 }]) { ... on IgualdadAction { integrateCentres {
      q4: peopleAttendedByCentres(cut: "2026-02", period: "2025Q4") report: peopleAttendedByCentres(cut: "2026-02", period: "${RANGE}") statedPeopleAttended
    } } } }`);
    expect(programme.errors).toBeUndefined();
    expect(programme.data!._entities).toEqual([{ integrateCentres: { q4: 3120, report: 113142, statedPeopleAttended: 113142 } }]);
  });

  it('shows the same value in the facts of cut 2026-02, beside the report’s', async () => {
    expect(await facts('indicator: ["IGUALDAD-1-ATENCIONES"], territory: "54001", cut: "2026-02"')).toEqual([
      {
        id: `IGUALDAD-1-ATENCIONES|${RANGE}|54001|cucuta|TOTAL|TOTAL`,
        periodId: RANGE,
        territoryCode: '54001',
        site: 'cucuta',
        value: 14344,
        cut: '2025-11',
      },
      {
        id: 'IGUALDAD-1-ATENCIONES|2025Q4|54001|cucuta|TOTAL|TOTAL',
        periodId: '2025Q4',
        territoryCode: '54001',
        site: 'cucuta',
        value: 3120,
        cut: '2026-02',
      },
    ]);
  });

  it('leaves the cut-2025-11 answers unchanged, by default and when that cut is named', async () => {
    const { data, errors } = await query(`{
      _entities(representations: [{ __typename: "Municipality", code: "54001" }]) {
        ... on Municipality { integrateCentres { id peopleAttended default: peopleAttended(cut: "2025-11") q4: peopleAttended(cut: "2025-11", period: "2025Q4") } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([{ integrateCentres: [{ id: 'cucuta', peopleAttended: 14344, default: 14344, q4: null }] }]);
    expect(await facts('indicator: ["IGUALDAD-1-ATENCIONES"], territory: "54001"')).toEqual([
      {
        id: `IGUALDAD-1-ATENCIONES|${RANGE}|54001|cucuta|TOTAL|TOTAL`,
        periodId: RANGE,
        territoryCode: '54001',
        site: 'cucuta',
        value: 14344,
        cut: '2025-11',
      },
    ]);
  });

  it('reads a programme’s stated figures from the facts: a correction in cut 2026-02 and a new year', async () => {
    const corrected = await record({ indicator: 'IGUALDAD-2-FORMACIONES', period: RANGE, value: 4, expectedVersion: 1 });
    expect(corrected.errors).toBeUndefined();
    const added = await record({ indicator: 'IGUALDAD-1-CENTROS', period: '2026', value: 21, expectedVersion: 0 });
    expect(added.errors).toBeUndefined();
    const { data, errors } =
      await query(`{ _entities(representations: [{ __typename: "IgualdadAction", number: 1 }, { __typename: "IgualdadAction", number: 2 }]) {
      ... on IgualdadAction {
        integrateCentres { statedCentreCount centres2026: statedCentreCount(cut: "2026-02") centres2025: statedCentreCount(cut: "2026-02", period: "2025") investment(cut: "2026-02", period: "2025") }
        trainings { statedTrainingCount february: statedTrainingCount(cut: "2026-02", period: "${RANGE}") november: statedTrainingCount(cut: "2025-11") officialsTrained(cut: "2026-02", period: "${RANGE}") period { id } }
      }
    } }`);
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { integrateCentres: { statedCentreCount: 19, centres2026: 21, centres2025: 19, investment: 13000000000 }, trainings: null },
      {
        integrateCentres: null,
        trainings: { statedTrainingCount: 3, february: 4, november: 3, officialsTrained: 92, period: { id: RANGE } },
      },
    ]);
    expect(await facts('indicator: ["IGUALDAD-2-FORMACIONES", "IGUALDAD-1-CENTROS"], cut: "2026-02"')).toEqual([
      {
        id: 'IGUALDAD-1-CENTROS|2025|CO|TOTAL|TOTAL|TOTAL',
        periodId: '2025',
        territoryCode: null,
        site: 'TOTAL',
        value: 19,
        cut: '2025-11',
      },
      {
        id: 'IGUALDAD-1-CENTROS|2026|CO|TOTAL|TOTAL|TOTAL',
        periodId: '2026',
        territoryCode: null,
        site: 'TOTAL',
        value: 21,
        cut: '2026-02',
      },
      {
        id: `IGUALDAD-2-FORMACIONES|${RANGE}|CO|TOTAL|TOTAL|TOTAL`,
        periodId: RANGE,
        territoryCode: null,
        site: 'TOTAL',
        value: 4,
        cut: '2026-02',
      },
    ]);
  });

  it('refuses an unknown period or cut, and a period without a value for a figure that is never null', async () => {
    const period = await query('{ integrateCentres(status: NEW) { peopleAttended(period: "2025Q5") } }');
    expect(period.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(period.errors?.[0]?.message).toBe(
      '"2025Q5" no es un periodo del plan; los periodos son "2025", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026", "2026Q1", "2026Q2", "2026Q3", "2026Q4", "2025-01-01..2025-09-30", "2025-01-01..2025-10-30".',
    );
    const cut = await query('{ integrateCentres(status: NEW) { peopleAttended(cut: "2030-01") } }');
    expect(cut.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cut' });
    expect(cut.errors?.[0]?.message).toBe(
      'No existe el corte "2030-01"; los cortes son "2025-11" (Noviembre 2025), "2026-02" (Febrero 2026).',
    );
    const missing = await query(
      '{ _entities(representations: [{ __typename: "IgualdadAction", number: 5 }]) { ... on IgualdadAction { technicalTables { statedCount(period: "2025Q4") } } } }',
    );
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'period' });
    expect(missing.errors?.[0]?.message).toBe('No hay un valor de IGUALDAD-5-MESAS-TECNICAS para el periodo 2025Q4 en el corte 2025-11.');
  });

  it('runs as many SQL statements for the centres of every municipality, with a cut and a period, as for one', async () => {
    const statements = async (count: number) => {
      const representations = MUNICIPALITIES.slice(0, count)
        .map((entry) => `{ __typename: "Municipality", code: "${entry.code}" }`)
        .join(', ');
      const before = subgraph.statements();
      const { errors } = await query(
        `{ _entities(representations: [${representations}]) { ... on Municipality { integrateCentres { peopleAttended(cut: "2026-02", period: "2025Q4") report: peopleAttended } } } }`,
      );
      expect(errors).toBeUndefined();
      return subgraph.statements() - before;
    };
    expect(await statements(MUNICIPALITIES.length)).toBe(await statements(1));
  });
});
