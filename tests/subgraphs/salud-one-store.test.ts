import { salud } from '@cnim/salud';
import { describe, expect, it } from 'vitest';
import { useSubgraphWithOpenCut } from '../support/open-cut.js';

const { query, record } = useSubgraphWithOpenCut(salud, 'SALUD');

const FUNDING = `query ($cut: ID, $period: ID) {
  _entities(representations: [{ __typename: "SaludAction", number: 12 }]) { ... on SaludAction {
    psychosocialFunding {
      allocatedTotal(cut: $cut, period: $period) transferredTotal(cut: $cut, period: $period)
      statedTransferCount(cut: $cut, period: $period) desistedCount(cut: $cut, period: $period)
    }
  } }
}`;
const TRANSFERRED_TOTAL = `query ($cut: ID, $period: ID) {
  _entities(representations: [{ __typename: "SaludAction", number: 12 }]) { ... on SaludAction { psychosocialFunding { transferredTotal(cut: $cut, period: $period) } } }
}`;
const CUCUTA = `query ($cut: ID, $period: ID) {
  _entities(representations: [{ __typename: "Municipality", code: "54001" }, { __typename: "Department", code: "54" }]) {
    ... on Municipality { psychosocialAllocations(cut: $cut, period: $period) { amount transferred status period { id } resolution { number } } }
    ... on Department { psychosocialAllocations(cut: $cut, period: $period) { municipality { code } amount transferred status } }
  }
}`;
const GIRO_FACTS = `query ($cut: ID) {
  saludFacts(filter: { cut: $cut, indicator: ["SALUD-12-GIRO"], territory: "54001" }) { nodes { id periodId value cut version } }
}`;

const REPORT_FUNDING = { allocatedTotal: 1998207910, transferredTotal: 1588422540, statedTransferCount: 11, desistedCount: 2 };
const REPORT_NORTE_DE_SANTANDER = [
  { municipality: { code: '54001' }, amount: 441640400, transferred: 441640400, status: 'TRANSFERRED' },
  { municipality: { code: '54810' }, amount: 60431400, transferred: 60431400, status: 'TRANSFERRED' },
  { municipality: { code: '54874' }, amount: 102473210, transferred: 102473210, status: 'TRANSFERRED' },
];
const REPORT_CUCUTA = [
  { amount: 441640400, transferred: 441640400, status: 'TRANSFERRED', period: { id: '2025' }, resolution: { number: 1409 } },
];

describe('salud: the typed figures read the same values as the facts', () => {
  it('has no fourth-quarter transfer before one is recorded, and says so in that field alone instead of answering zero', async () => {
    const { data, errors } = await query(TRANSFERRED_TOTAL, { cut: '2026-02', period: '2025Q4' });
    expect(data?._entities).toEqual([{ psychosocialFunding: { transferredTotal: null } }]);
    expect(errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'period' });
    expect(errors?.[0]?.message).toBe('No hay un valor de SALUD-12-GIRO para el periodo 2025Q4 en el corte 2026-02.');
  });

  it('shows a 2025Q4 transfer to Cúcuta recorded in cut 2026-02 in the typed fields and in the facts', async () => {
    const recorded = await record({
      indicator: 'SALUD-12-GIRO',
      period: '2025Q4',
      territory: '54001',
      value: 120000000,
      expectedVersion: 0,
    });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data).toEqual({
      salud: { recordValue: { id: 'SALUD-12-GIRO|2025Q4|54001|TOTAL|TOTAL|TOTAL', value: 120000000, version: 1 } },
    });

    expect((await query(TRANSFERRED_TOTAL, { cut: '2026-02', period: '2025Q4' })).data?._entities).toEqual([
      { psychosocialFunding: { transferredTotal: 120000000 } },
    ]);
    // A quarter's transfer against the year's allocation: the amount is the year's, and says so.
    const entry = { amount: 441640400, transferred: 120000000, status: 'TRANSFERRED' };
    expect((await query(CUCUTA, { cut: '2026-02', period: '2025Q4' })).data?._entities).toEqual([
      { psychosocialAllocations: [{ ...entry, period: { id: '2025Q4' }, resolution: { number: 1409 } }] },
      { psychosocialAllocations: [{ municipality: { code: '54001' }, ...entry }] },
    ]);
    expect(
      (await query('{ psychosocialAllocations(cut: "2026-02", period: "2025Q4") { municipality { code } amount transferred status } }'))
        .data,
    ).toEqual({
      psychosocialAllocations: [{ municipality: { code: '54001' }, ...entry }],
    });
    expect((await query(GIRO_FACTS, { cut: '2026-02' })).data).toEqual({
      saludFacts: {
        nodes: [
          { id: 'SALUD-12-GIRO|2025Q4|54001|TOTAL|TOTAL|TOTAL', periodId: '2025Q4', value: 120000000, cut: '2026-02', version: 1 },
          { id: 'SALUD-12-GIRO|2025|54001|TOTAL|TOTAL|TOTAL', periodId: '2025', value: 441640400, cut: '2025-11', version: 1 },
        ],
      },
    });
  });

  it('corrects Cúcuta’s 2025 allocation from cut 2026-02 on, in the typed fields and in the facts', async () => {
    const recorded = await record({
      indicator: 'SALUD-12-ASIGNACION',
      period: '2025',
      territory: '54001',
      value: 450000000,
      expectedVersion: 1,
    });
    expect(recorded.data).toEqual({
      salud: { recordValue: { id: 'SALUD-12-ASIGNACION|2025|54001|TOTAL|TOTAL|TOTAL', value: 450000000, version: 2 } },
    });
    // Cut 2026-02 reads 2026 by default: the correction of 2025 is read by naming the year.
    expect((await query(FUNDING, { cut: '2026-02', period: '2025' })).data?._entities).toEqual([
      // 1.998.207.910 − 441.640.400 + 450.000.000
      { psychosocialFunding: { ...REPORT_FUNDING, allocatedTotal: 2006567510 } },
    ]);
    expect((await query(CUCUTA, { cut: '2026-02', period: '2025' })).data?._entities).toEqual([
      { psychosocialAllocations: [{ ...REPORT_CUCUTA[0], amount: 450000000 }] },
      { psychosocialAllocations: [{ ...REPORT_NORTE_DE_SANTANDER[0], amount: 450000000 }, ...REPORT_NORTE_DE_SANTANDER.slice(1)] },
    ]);
    const { data } = await query(
      '{ saludFacts(filter: { cut: "2026-02", indicator: ["SALUD-12-ASIGNACION"], territory: "54001" }) { nodes { id value cut version } } }',
    );
    expect(data).toEqual({
      saludFacts: { nodes: [{ id: 'SALUD-12-ASIGNACION|2025|54001|TOTAL|TOTAL|TOTAL', value: 450000000, cut: '2026-02', version: 2 }] },
    });
  });

  it.each([
    ['cut 2025-11', { cut: '2025-11' }],
    ['the default cut (the latest approved, 2025-11, while 2026-02 is open)', {}],
  ])('answers exactly the report for %s', async (_, cut) => {
    expect((await query(FUNDING, cut)).data?._entities).toEqual([{ psychosocialFunding: REPORT_FUNDING }]);
    expect((await query(FUNDING, { ...cut, period: '2025' })).data?._entities).toEqual([{ psychosocialFunding: REPORT_FUNDING }]);
    expect((await query(CUCUTA, cut)).data?._entities).toEqual([
      { psychosocialAllocations: REPORT_CUCUTA },
      { psychosocialAllocations: REPORT_NORTE_DE_SANTANDER },
    ]);
    expect((await query(CUCUTA, { ...cut, period: '2025Q4' })).data?._entities).toEqual([
      { psychosocialAllocations: [] },
      { psychosocialAllocations: [] },
    ]);
    expect((await query(GIRO_FACTS, cut)).data).toEqual({
      saludFacts: {
        nodes: [{ id: 'SALUD-12-GIRO|2025|54001|TOTAL|TOTAL|TOTAL', periodId: '2025', value: 441640400, cut: '2025-11', version: 1 }],
      },
    });
  });

  it('keeps the desisted municipalities desisted, with their allocation and no transfer', async () => {
    const { data } = await query(
      '{ psychosocialAllocations(status: DESISTED, cut: "2026-02", period: "2025") { municipality { code } amount transferred status resolution { number } } }',
    );
    expect(data).toEqual({
      psychosocialAllocations: [
        { municipality: { code: '44001' }, amount: 225798080, transferred: null, status: 'DESISTED', resolution: { number: 1409 } },
        { municipality: { code: '44430' }, amount: 183987290, transferred: null, status: 'DESISTED', resolution: { number: 1409 } },
      ],
    });
  });

  it('reads cut 2026-02’s own year by default, where nothing was allocated yet: an empty list and one error on the total, never 2025’s figures', async () => {
    const { data } = await query('{ psychosocialAllocations(cut: "2026-02") { amount } }');
    expect(data).toEqual({ psychosocialAllocations: [] });
    const funding = await query(TRANSFERRED_TOTAL, { cut: '2026-02' });
    expect(funding.data?._entities).toEqual([{ psychosocialFunding: { transferredTotal: null } }]);
    expect(funding.errors?.[0]?.message).toBe('No hay un valor de SALUD-12-GIRO para el periodo 2026 en el corte 2026-02.');
  });

  it.each([
    [
      '{ psychosocialAllocations(period: "2025Q5") { amount } }',
      'period',
      /^"2025Q5" no es un periodo del plan; los periodos son "2025", "2025Q1", .*"2025Q4", .*"2026Q4"/,
    ],
    [
      '{ psychosocialAllocations(cut: "2030-01") { amount } }',
      'cut',
      /^No existe el corte "2030-01"; los cortes son "2025-11" \(Noviembre 2025\), "2026-02" \(Febrero 2026\)\.$/,
    ],
    [
      '{ _entities(representations: [{ __typename: "Municipality", code: "54001" }]) { ... on Municipality { psychosocialAllocations(period: "2025-Q4") { amount } } } }',
      'period',
      /^"2025-Q4" no es un periodo del plan/,
    ],
    [
      '{ _entities(representations: [{ __typename: "SaludAction", number: 12 }]) { ... on SaludAction { psychosocialFunding { allocatedTotal(period: "2024") } } } }',
      'period',
      /^"2024" no es un periodo del plan/,
    ],
  ])('refuses %s with BAD_USER_INPUT on %s', async (text, field, message) => {
    const { errors } = await query(text);
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(errors?.[0]?.message).toMatch(message);
  });
});
