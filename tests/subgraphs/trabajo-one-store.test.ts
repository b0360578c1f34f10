import { trabajo } from '@cnim/trabajo';
import { describe, expect, it } from 'vitest';
import { useSubgraphWithOpenCut } from '../support/open-cut.js';

const { query, record } = useSubgraphWithOpenCut(trabajo, 'TRABAJO');

const RNFL = `query ($cut: ID, $period: ID) {
  _entities(representations: [{ __typename: "TrabajoAction", number: 7 }]) { ... on TrabajoAction { laborFormalization {
    borderDepartmentTotal(cut: $cut, period: $period)
    borderDepartmentParticipants(cut: $cut, period: $period) { department { code } participants period { id } periodAsWritten }
    migrantParticipantsByQuarter(cut: $cut, period: $period) { period { id } periodAsWritten migrantParticipants }
  } } }
}`;
const DEPARTMENTS = `query ($cut: ID, $period: ID) {
  _entities(representations: [{ __typename: "Department", code: "54" }, { __typename: "Department", code: "05" }]) {
    ... on Department { laborFormalizationParticipants(cut: $cut, period: $period) { participants period { id } } }
  }
}`;
const COUNTS = `query ($cut: ID, $period: ID) {
  trabajoActions { number employmentPlacement { statedAgreementCount(cut: $cut) statedManualCount(cut: $cut, period: $period) } }
}`;
const FACTS = `query ($cut: ID, $indicator: [String!]) {
  trabajoFacts(filter: { cut: $cut, indicator: $indicator }) { nodes { id value cut version } }
}`;

const border = (code: string, participants: number, periodAsWritten: string | null = null) => ({
  department: { code },
  participants,
  period: { id: '2025' },
  periodAsWritten,
});
const REPORT_BORDER = [
  border('81', 14),
  border('20', 35),
  border('94', 16),
  border('44', 10),
  border('52', 12),
  border('54', 300),
  border('86', 14),
  border('99', 3),
];
const REPORT_QUARTERS = [
  { period: { id: '2025Q1' }, periodAsWritten: '1er Trimestre 2025', migrantParticipants: 22 },
  { period: { id: '2025Q2' }, periodAsWritten: '2do Trimestre 2025', migrantParticipants: 42 },
  { period: { id: '2025Q3' }, periodAsWritten: '3er Trimestre 2025', migrantParticipants: 80 },
];
const REPORT_COUNTS = [
  { number: 6, employmentPlacement: null },
  { number: 7, employmentPlacement: null },
  { number: 14, employmentPlacement: null },
  { number: 15, employmentPlacement: { statedAgreementCount: 1, statedManualCount: 4 } },
];

describe('trabajo: the typed figures read the same values as the facts', () => {
  it('shows RNFL values recorded in cut 2026-02 (a fourth quarter, a correction, a new department) in the typed fields and in the facts', async () => {
    const recorded = [
      await record({ indicator: 'TRABAJO-7-RNFL-MIGRANTES', period: '2025Q4', value: 95, expectedVersion: 0 }),
      await record({ indicator: 'TRABAJO-7-RNFL-PARTICIPANTES', period: '2025', territory: '54', value: 310, expectedVersion: 1 }),
      await record({ indicator: 'TRABAJO-7-RNFL-PARTICIPANTES', period: '2025', territory: '05', value: 7, expectedVersion: 0 }),
    ];
    expect(recorded.map(({ data, errors }) => errors ?? data?.trabajo?.recordValue)).toEqual([
      { id: 'TRABAJO-7-RNFL-MIGRANTES|2025Q4|CO|TOTAL|TOTAL|TOTAL', value: 95, version: 1 },
      { id: 'TRABAJO-7-RNFL-PARTICIPANTES|2025|54|TOTAL|TOTAL|TOTAL', value: 310, version: 2 },
      { id: 'TRABAJO-7-RNFL-PARTICIPANTES|2025|05|TOTAL|TOTAL|TOTAL', value: 7, version: 1 },
    ]);
    // Cut 2026-02 reads 2026 by default: 2025, corrected in it, is read by naming the year.
    expect((await query(RNFL, { cut: '2026-02', period: '2025' })).data?._entities).toEqual([
      {
        laborFormalization: {
          // 404 − 300 + 310 + 7
          borderDepartmentTotal: 421,
          borderDepartmentParticipants: [...REPORT_BORDER.slice(0, 5), border('54', 310), ...REPORT_BORDER.slice(6), border('05', 7)],
          migrantParticipantsByQuarter: [...REPORT_QUARTERS, { period: { id: '2025Q4' }, periodAsWritten: null, migrantParticipants: 95 }],
        },
      },
    ]);
    expect((await query(DEPARTMENTS, { cut: '2026-02', period: '2025' })).data?._entities).toEqual([
      { laborFormalizationParticipants: [{ participants: 310, period: { id: '2025' } }] },
      { laborFormalizationParticipants: [{ participants: 7, period: { id: '2025' } }] },
    ]);
    expect((await query(DEPARTMENTS, { cut: '2026-02' })).data?._entities).toEqual([
      { laborFormalizationParticipants: [] },
      { laborFormalizationParticipants: [] },
    ]);
    expect((await query(FACTS, { cut: '2026-02', indicator: ['TRABAJO-7-RNFL-MIGRANTES'] })).data).toEqual({
      trabajoFacts: {
        nodes: [
          { id: 'TRABAJO-7-RNFL-MIGRANTES|2025Q1|CO|TOTAL|TOTAL|TOTAL', value: 22, cut: '2025-11', version: 1 },
          { id: 'TRABAJO-7-RNFL-MIGRANTES|2025Q2|CO|TOTAL|TOTAL|TOTAL', value: 42, cut: '2025-11', version: 1 },
          { id: 'TRABAJO-7-RNFL-MIGRANTES|2025Q3|CO|TOTAL|TOTAL|TOTAL', value: 80, cut: '2025-11', version: 1 },
          { id: 'TRABAJO-7-RNFL-MIGRANTES|2025Q4|CO|TOTAL|TOTAL|TOTAL', value: 95, cut: '2026-02', version: 1 },
        ],
      },
    });
    const { data } = await query(
      '{ trabajoFacts(filter: { cut: "2026-02", indicator: ["TRABAJO-7-RNFL-PARTICIPANTES"], territory: "54" }) { nodes { id value cut version } } }',
    );
    expect(data).toEqual({
      trabajoFacts: { nodes: [{ id: 'TRABAJO-7-RNFL-PARTICIPANTES|2025|54|TOTAL|TOTAL|TOTAL', value: 310, cut: '2026-02', version: 2 }] },
    });
  });

  it('shows the operating manuals stated for 2026 in cut 2026-02 in statedManualCount', async () => {
    expect((await record({ indicator: 'TRABAJO-15-MANUALES', period: '2026', value: 5, expectedVersion: 0 })).data).toEqual({
      trabajo: { recordValue: { id: 'TRABAJO-15-MANUALES|2026|CO|TOTAL|TOTAL|TOTAL', value: 5, version: 1 } },
    });
    // Cut 2026-02 reads 2026 by default: the manuals stated for it, and no count of agreements yet (null, with its error).
    const { data, errors } = await query(COUNTS, { cut: '2026-02', period: '2026' });
    expect(data?.trabajoActions).toEqual([
      ...REPORT_COUNTS.slice(0, 3),
      { number: 15, employmentPlacement: { statedAgreementCount: null, statedManualCount: 5 } },
    ]);
    expect(errors?.map((error) => error.message)).toEqual([
      'No hay un valor de TRABAJO-15-CONVENIOS para el periodo 2026 en el corte 2026-02.',
    ]);
  });

  it.each([
    ['cut 2025-11', { cut: '2025-11' }],
    ['the default cut (the latest approved, 2025-11, while 2026-02 is open)', {}],
  ])('answers exactly the report for %s', async (_, cut) => {
    expect((await query(RNFL, cut)).data?._entities).toEqual([
      {
        laborFormalization: {
          borderDepartmentTotal: 404,
          borderDepartmentParticipants: REPORT_BORDER,
          migrantParticipantsByQuarter: REPORT_QUARTERS,
        },
      },
    ]);
    expect((await query(DEPARTMENTS, cut)).data?._entities).toEqual([
      { laborFormalizationParticipants: [{ participants: 300, period: { id: '2025' } }] },
      { laborFormalizationParticipants: [] },
    ]);
    expect((await query(COUNTS, cut)).data?.trabajoActions).toEqual(REPORT_COUNTS);
    const { data, errors } = await query(COUNTS, { ...cut, period: '2026' });
    // The figure with no value is null with its own error; its siblings still answer.
    expect(data?.trabajoActions).toEqual([
      ...REPORT_COUNTS.slice(0, 3),
      { number: 15, employmentPlacement: { statedAgreementCount: 1, statedManualCount: null } },
    ]);
    expect(errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'period' });
    expect(errors?.[0]?.message).toBe('No hay un valor de TRABAJO-15-MANUALES para el periodo 2026 en el corte 2025-11.');
  });

  it.each([
    [DEPARTMENTS, { period: '2025-4' }, 'period', /^"2025-4" no es un periodo del plan; los periodos son "2025", /],
    [RNFL, { period: 'Q4' }, 'period', /^"Q4" no es un periodo del plan/],
    [RNFL, { cut: '2025-12' }, 'cut', /^No existe el corte "2025-12"; los cortes son/],
  ])('refuses %#: %j with BAD_USER_INPUT on %s', async (text, variables, field, message) => {
    const { errors } = await query(text, variables);
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(errors?.[0]?.message).toMatch(message);
  });
});
