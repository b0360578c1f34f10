import { beforeAll, describe, expect, it } from 'vitest';
import { openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();
// Values are reported into an open cut; the report's cut (2025-11) is approved and locked.
beforeAll(() => openNextCut(graph().url));

const RECORD = (ministry: string) => `mutation ($input: RecordValueInput!) {
  ${ministry} { recordValue(input: $input) { id value version history { before after subject } } }
}`;
const as = async (ministry: 'SENA' | 'SALUD' | 'TRABAJO') => ({
  authorization: `Bearer ${await tokenFor('reporter', ministry, `reportero-${ministry.toLowerCase()}`)}`,
});
let key = 0;
const record = async (ministry: 'SENA' | 'SALUD' | 'TRABAJO', input: Record<string, unknown>) =>
  graphql(graph().url, RECORD(ministry.toLowerCase()), { input: { idempotencyKey: `valor-${(key += 1)}`, ...input } }, await as(ministry));
const senaFacts = async (indicator: string) =>
  (
    await graphql<{ ministry: { facts: { nodes: Array<{ id: string; value: number; version: number }> } } }>(
      graph().url,
      `{ ministry(code: SENA) { facts(filter: { indicator: ["${indicator}"], cut: "2026-02" }) { nodes { id value version } } } }`,
    )
  ).data!.ministry.facts.nodes;

describe('recording indicator values through the gateway', () => {
  it('records SENA’s fourth-quarter certifications as a new fact', async () => {
    const { data, errors } = await record('SENA', { indicator: 'SENA-9-CERTIFICADOS', period: '2025Q4', value: 512, expectedVersion: 0 });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      sena: {
        recordValue: {
          id: 'SENA-9-CERTIFICADOS|2025Q4|CO|TOTAL|TOTAL|TOTAL',
          value: 512,
          version: 1,
          history: [{ before: null, after: '512', subject: 'reportero-sena' }],
        },
      },
    });
    expect(await senaFacts('SENA-9-CERTIFICADOS')).toEqual([
      { id: 'SENA-9-CERTIFICADOS|2025Q3|CO|TOTAL|TOTAL|TOTAL', value: 1736, version: 1 },
      { id: 'SENA-9-CERTIFICADOS|2025Q4|CO|TOTAL|TOTAL|TOTAL', value: 512, version: 1 },
    ]);
  });

  it('corrects a report figure without losing it: the history keeps the report’s value', async () => {
    const { data } = await record('SENA', { indicator: 'SENA-9-CERTIFICADOS', period: '2025Q3', value: 1740, expectedVersion: 1 });
    expect(data).toEqual({
      sena: {
        recordValue: {
          id: 'SENA-9-CERTIFICADOS|2025Q3|CO|TOTAL|TOTAL|TOTAL',
          value: 1740,
          version: 2,
          history: [{ before: '1736', after: '1740', subject: 'reportero-sena' }],
        },
      },
    });
  });

  it('refuses a part above its whole (Venezuelan women above women) and writes nothing', async () => {
    const { errors } = await record('SENA', {
      indicator: 'SENA-8-ORIENTADOS',
      period: '2025',
      sex: 'FEMALE',
      nationality: 'VENEZUELAN',
      value: 7877,
      expectedVersion: 1,
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value', rule: 'PART_EXCEEDS_WHOLE' });
    expect(errors?.[0]?.message).toContain('FEMALE/VENEZUELAN (7.877) no puede superar a FEMALE/TOTAL (7.876)');
    expect((await senaFacts('SENA-8-ORIENTADOS')).map((fact) => fact.value)).toEqual([7876, 7571, 13400]);
  });

  it.each([
    ['SENA', { indicator: 'SENA-99', period: '2025Q4', value: 1 }, 'BAD_USER_INPUT', 'input.indicator'],
    ['SENA', { indicator: 'SENA-9-CERTIFICADOS', period: '2024Q4', value: 1 }, 'BAD_USER_INPUT', 'input.period'],
    ['SENA', { indicator: 'SENA-9-CERTIFICADOS', period: '2025Q4', value: -3 }, 'BAD_USER_INPUT', 'input.value'],
    ['SENA', { indicator: 'SENA-9-CERTIFICADOS', period: '2025Q4', value: 2.5 }, 'BAD_USER_INPUT', 'input.value'],
    ['SENA', { indicator: 'SENA-9-CERTIFICADOS', period: '2025Q4', territory: '54', value: 1 }, 'BAD_USER_INPUT', 'input.territory'],
    ['SENA', { indicator: 'SENA-8-ORIENTADOS', period: '2025Q4', sex: 'OTRO', value: 1 }, 'BAD_USER_INPUT', 'input.sex'],
    [
      'TRABAJO',
      { indicator: 'TRABAJO-7-RNFL-PARTICIPANTES', period: '2025Q4', territory: '5', value: 1 },
      'BAD_USER_INPUT',
      'input.territory',
    ],
    ['TRABAJO', { indicator: 'TRABAJO-7-RNFL-PARTICIPANTES', period: '2025Q4', territory: '02', value: 1 }, 'NOT_FOUND', 'input.territory'],
    ['SALUD', { indicator: 'SALUD-12-GIRO', period: '2026', territory: '05002', value: 1 }, 'NOT_FOUND', 'input.territory'],
    ['SALUD', { indicator: 'SENA-9-CERTIFICADOS', period: '2026', value: 1 }, 'BAD_USER_INPUT', 'input.indicator'],
  ] as const)('refuses %s %j with %s on %s', async (ministry, input, code, field) => {
    const { errors } = await record(ministry, { expectedVersion: 0, ...input });
    expect(errors?.[0]?.extensions).toMatchObject({ code, field });
  });

  it('records Salud’s transfer to a municipality of the catalogue, once something is allocated to it that year', async () => {
    const refused = await record('SALUD', {
      indicator: 'SALUD-12-GIRO',
      period: '2026',
      territory: '05001',
      value: 60431400,
      expectedVersion: 0,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value', rule: 'VALUE_EXCEEDS_BOUND' });
    expect(refused.errors?.[0]?.message).toBe(
      'Regla de validación: SALUD-12-GIRO (60.431.400) no puede superar a SALUD-12-ASIGNACION (0: no tiene valor en ese año) en 05001, año 2026. No se guardó nada.',
    );
    expect(
      (await record('SALUD', { indicator: 'SALUD-12-ASIGNACION', period: '2026', territory: '05001', value: 60431400, expectedVersion: 0 }))
        .errors,
    ).toBeUndefined();
    const { data } = await record('SALUD', {
      indicator: 'SALUD-12-GIRO',
      period: '2026',
      territory: '05001',
      value: 60431400,
      expectedVersion: 0,
    });
    expect(data).toMatchObject({
      salud: { recordValue: { id: 'SALUD-12-GIRO|2026|05001|TOTAL|TOTAL|TOTAL', value: 60431400, version: 1 } },
    });
  });
});

describe('itemised values never exceed their stated total', () => {
  it('refuses a centre figure that takes the centres above the municipality’s total, and writes nothing', async () => {
    const igualdad = { authorization: `Bearer ${await tokenFor('reporter', 'IGUALDAD', 'reportero-igualdad')}` };
    const attend = (site: string, value: number) =>
      graphql(
        graph().url,
        RECORD('igualdad'),
        {
          input: {
            indicator: 'IGUALDAD-1-ATENCIONES',
            period: '2025Q4',
            territory: '11001',
            site,
            value,
            expectedVersion: 0,
            idempotencyKey: `sede-${site}`,
          },
        },
        igualdad,
      );
    expect((await attend('TOTAL', 100)).errors).toBeUndefined();
    expect((await attend('bogota-cad-engativa', 60)).errors).toBeUndefined();
    const { errors } = await attend('bogota-cad-suba', 50);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.value', rule: 'PART_EXCEEDS_WHOLE' });
    expect(errors?.[0]?.message).toContain('suma de las sedes (110) no puede superar a TOTAL (100)');
    const { data } = await graphql<{ ministry: { facts: { totalCount: number } } }>(
      graph().url,
      '{ ministry(code: IGUALDAD) { facts(filter: { indicator: ["IGUALDAD-1-ATENCIONES"], from: "2025-10-01", cut: "2026-02" }) { totalCount } } }',
    );
    expect(data!.ministry.facts.totalCount).toBe(2);
  });
});
