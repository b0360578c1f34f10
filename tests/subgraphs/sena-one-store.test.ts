import { sena } from '@cnim/sena';
import { describe, expect, it } from 'vitest';
import { useSubgraphWithOpenCut } from '../support/open-cut.js';

const { query, record } = useSubgraphWithOpenCut(sena, 'SENA');

const GUIDANCE = `query ($cut: ID, $period: ID) {
  _entities(representations: [{ __typename: "SenaAction", number: 8 }]) { ... on SenaAction { occupationalGuidance {
    migrantsOriented(cut: $cut, period: $period) women(cut: $cut, period: $period) venezuelanWomen(cut: $cut, period: $period)
    breakdown(cut: $cut, period: $period) { sex nationality people } period { id }
  } } }
}`;
const CERTIFICATION = `query ($cut: ID, $period: ID, $centresPeriod: ID) {
  _entities(representations: [{ __typename: "SenaAction", number: 9 }]) { ... on SenaAction { skillsCertification {
    migrantsCertified(cut: $cut, period: $period) trainingCentres(cut: $cut, period: $centresPeriod) period { id } periodAsWritten
  } } }
}`;
const FACTS = `query ($cut: ID, $indicator: [String!]) {
  senaFacts(filter: { cut: $cut, indicator: $indicator }) { nodes { id value cut version } }
}`;

const REPORT_GUIDANCE = {
  migrantsOriented: 13400,
  women: 7876,
  venezuelanWomen: 7571,
  breakdown: [
    { sex: 'TOTAL', nationality: 'TOTAL', people: 13400 },
    { sex: 'FEMALE', nationality: 'TOTAL', people: 7876 },
    { sex: 'FEMALE', nationality: 'VENEZUELAN', people: 7571 },
  ],
  period: { id: '2025' },
};
const REPORT_CERTIFICATION = {
  migrantsCertified: 1736,
  trainingCentres: 118,
  period: { id: '2025Q3' },
  periodAsWritten: 'tercer trimestre de 2025',
};

describe('sena: the typed figures read the same values as the facts', () => {
  it('shows fourth-quarter certifications recorded in cut 2026-02 in migrantsCertified and in the facts', async () => {
    const recorded = await record({ indicator: 'SENA-9-CERTIFICADOS', period: '2025Q4', value: 512, expectedVersion: 0 });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data).toEqual({
      sena: { recordValue: { id: 'SENA-9-CERTIFICADOS|2025Q4|CO|TOTAL|TOTAL|TOTAL', value: 512, version: 1 } },
    });
    // Cut 2026-02 reads its own year by default: the report's periods are named to read them in it.
    expect((await query(CERTIFICATION, { cut: '2026-02', period: '2025Q4', centresPeriod: '2025' })).data?._entities).toEqual([
      { skillsCertification: { ...REPORT_CERTIFICATION, migrantsCertified: 512 } },
    ]);
    expect((await query(FACTS, { cut: '2026-02', indicator: ['SENA-9-CERTIFICADOS'] })).data).toEqual({
      senaFacts: {
        nodes: [
          { id: 'SENA-9-CERTIFICADOS|2025Q3|CO|TOTAL|TOTAL|TOTAL', value: 1736, cut: '2025-11', version: 1 },
          { id: 'SENA-9-CERTIFICADOS|2025Q4|CO|TOTAL|TOTAL|TOTAL', value: 512, cut: '2026-02', version: 1 },
        ],
      },
    });
  });

  it('shows the 2026 training centres recorded in cut 2026-02 in trainingCentres', async () => {
    expect((await record({ indicator: 'SENA-9-CENTROS', period: '2026', value: 120, expectedVersion: 0 })).data).toEqual({
      sena: { recordValue: { id: 'SENA-9-CENTROS|2026|CO|TOTAL|TOTAL|TOTAL', value: 120, version: 1 } },
    });
    expect((await query(CERTIFICATION, { cut: '2026-02', period: '2025Q3', centresPeriod: '2026' })).data?._entities).toEqual([
      { skillsCertification: { ...REPORT_CERTIFICATION, trainingCentres: 120 } },
    ]);
    // Cut 2026-02 reads 2026 by default: the centres recorded for it, and no certifications yet (null, with its error).
    const february = await query(CERTIFICATION, { cut: '2026-02' });
    expect(february.data?._entities).toEqual([
      { skillsCertification: { ...REPORT_CERTIFICATION, migrantsCertified: null, trainingCentres: 120 } },
    ]);
    expect(february.errors?.map((error) => error.message)).toEqual([
      'No hay un valor de SENA-9-CERTIFICADOS para el periodo 2026 en el corte 2026-02.',
    ]);
  });

  it('corrects the 2025 guidance total and adds men, from cut 2026-02 on, in the typed fields and in the facts', async () => {
    expect((await record({ indicator: 'SENA-8-ORIENTADOS', period: '2025', value: 13450, expectedVersion: 1 })).data).toEqual({
      sena: { recordValue: { id: 'SENA-8-ORIENTADOS|2025|CO|TOTAL|TOTAL|TOTAL', value: 13450, version: 2 } },
    });
    expect(
      (await record({ indicator: 'SENA-8-ORIENTADOS', period: '2025', sex: 'MALE', value: 5574, expectedVersion: 0 })).errors,
    ).toBeUndefined();
    expect((await query(GUIDANCE, { cut: '2026-02', period: '2025' })).data?._entities).toEqual([
      {
        occupationalGuidance: {
          ...REPORT_GUIDANCE,
          migrantsOriented: 13450,
          breakdown: [
            { sex: 'TOTAL', nationality: 'TOTAL', people: 13450 },
            { sex: 'FEMALE', nationality: 'TOTAL', people: 7876 },
            { sex: 'FEMALE', nationality: 'VENEZUELAN', people: 7571 },
            { sex: 'MALE', nationality: 'TOTAL', people: 5574 },
          ],
        },
      },
    ]);
    expect((await query(FACTS, { cut: '2026-02', indicator: ['SENA-8-ORIENTADOS'] })).data).toEqual({
      senaFacts: {
        nodes: [
          { id: 'SENA-8-ORIENTADOS|2025|CO|TOTAL|FEMALE|TOTAL', value: 7876, cut: '2025-11', version: 1 },
          { id: 'SENA-8-ORIENTADOS|2025|CO|TOTAL|FEMALE|VENEZUELAN', value: 7571, cut: '2025-11', version: 1 },
          { id: 'SENA-8-ORIENTADOS|2025|CO|TOTAL|MALE|TOTAL', value: 5574, cut: '2026-02', version: 1 },
          { id: 'SENA-8-ORIENTADOS|2025|CO|TOTAL|TOTAL|TOTAL', value: 13450, cut: '2026-02', version: 2 },
        ],
      },
    });
  });

  it.each([
    ['cut 2025-11', { cut: '2025-11' }],
    ['the default cut (the latest approved, 2025-11, while 2026-02 is open)', {}],
  ])('answers exactly the report for %s', async (_, cut) => {
    expect((await query(GUIDANCE, cut)).data?._entities).toEqual([{ occupationalGuidance: REPORT_GUIDANCE }]);
    expect((await query(CERTIFICATION, cut)).data?._entities).toEqual([{ skillsCertification: REPORT_CERTIFICATION }]);
    expect((await query(FACTS, { ...cut, indicator: ['SENA-9-CERTIFICADOS'] })).data).toEqual({
      senaFacts: { nodes: [{ id: 'SENA-9-CERTIFICADOS|2025Q3|CO|TOTAL|TOTAL|TOTAL', value: 1736, cut: '2025-11', version: 1 }] },
    });
    const { data, errors } = await query(CERTIFICATION, { ...cut, period: '2025Q4' });
    // The figure with no value is null with its own error; its siblings still answer.
    expect(data?._entities).toEqual([{ skillsCertification: { ...REPORT_CERTIFICATION, migrantsCertified: null } }]);
    expect(errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'period' });
    expect(errors?.[0]?.message).toBe('No hay un valor de SENA-9-CERTIFICADOS para el periodo 2025Q4 en el corte 2025-11.');
  });

  it.each([
    [{ period: '2025T4' }, 'period', /^"2025T4" no es un periodo del plan; los periodos son "2025", /],
    [{ cut: '2026-03' }, 'cut', /^No existe el corte "2026-03"; los cortes son/],
  ])('refuses %j with BAD_USER_INPUT on %s', async (variables, field, message) => {
    const { errors } = await query(GUIDANCE, variables);
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(errors?.[0]?.message).toMatch(message);
  });
});
