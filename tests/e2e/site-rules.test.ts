import { beforeAll, describe, expect, it } from 'vitest';
import { NEXT_CUT, openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

// Rules nothing dodges: a value split into sites is held to the same rules as its total (a quarter within
// its year, transferred within allocated), and "total" in any case is the reserved TOTAL, never a site.
const graph = useGraph();

const RECORD = `mutation ($input: RecordValueInput!) { salud { recordValue(input: $input) { id value version } } }`;
let key = 0;
const record = async (input: Record<string, unknown>) =>
  graphql<{ salud: { recordValue: { id: string; value: number; version: number } } }>(
    graph().url,
    RECORD,
    { input: { expectedVersion: 0, idempotencyKey: `sede-${(key += 1)}`, ...input } },
    { authorization: `Bearer ${await tokenFor('reporter', 'SALUD', 'reportera-salud')}` },
  );
const cucutaTransfers = async () =>
  (
    await graphql<{ ministry: { facts: { nodes: Array<{ id: string; value: number }> } } }>(
      graph().url,
      `{ ministry(code: SALUD) { facts(filter: { cut: "${NEXT_CUT.cut}", territory: "54001", indicator: ["SALUD-12-GIRO"] }) { nodes { id value } } } }`,
    )
  ).data!.ministry.facts.nodes;
const refusal = (answer: Awaited<ReturnType<typeof record>>) => ({
  data: answer.data,
  ...answer.errors?.[0]?.extensions,
  message: answer.errors?.[0]?.message,
});

beforeAll(async () => {
  await openNextCut(graph().url);
});

describe('sites are held to the rules of their total', () => {
  it('refuses a 5e12 transfer for Cúcuta in 2025Q4 given at a site, as it refuses it at TOTAL, and writes nothing', async () => {
    const before = await cucutaTransfers();
    for (const site of [null, 'big-site']) {
      const answer = await record({ indicator: 'SALUD-12-GIRO', period: '2025Q4', territory: '54001', site, value: 5e12 });
      expect(refusal(answer)).toMatchObject({ data: null, code: 'BAD_USER_INPUT', field: 'input.value', rule: 'PERIOD_EXCEEDS_YEAR' });
      expect(answer.errors![0]!.message).toContain('5.000.000.000.000');
    }
    expect(await cucutaTransfers()).toEqual(before);
  });

  it('refuses the site that makes the sites of a year add up above what was allocated, naming both amounts', async () => {
    expect(
      (await record({ indicator: 'SALUD-12-ASIGNACION', period: '2026', territory: '54001', value: 100_000_000 })).errors,
    ).toBeUndefined();
    expect(
      (await record({ indicator: 'SALUD-12-GIRO', period: '2026Q1', territory: '54001', site: 'sede-a', value: 60_000_000 })).errors,
    ).toBeUndefined();
    const over = await record({ indicator: 'SALUD-12-GIRO', period: '2026Q1', territory: '54001', site: 'sede-b', value: 50_000_000 });
    expect(refusal(over)).toEqual({
      data: null,
      code: 'BAD_USER_INPUT',
      field: 'input.value',
      rule: 'VALUE_EXCEEDS_BOUND',
      serviceName: 'salud',
      message:
        'Regla de validación: SALUD-12-GIRO (110.000.000) no puede superar a SALUD-12-ASIGNACION (100.000.000) en 54001, año 2026. No se guardó nada.',
    });
    expect((await cucutaTransfers()).filter((fact) => fact.id.includes('|2026Q1|'))).toEqual([
      { id: 'SALUD-12-GIRO|2026Q1|54001|sede-a|TOTAL|TOTAL', value: 60_000_000 },
    ]);
  });
});

describe('site names are normalised', () => {
  it.each([['total'], [' Total '], ['TOTAL']])('reads %j as the reserved TOTAL, the same value as no site', async (site) => {
    const answer = await record({
      indicator: 'SALUD-12-ASIGNACION',
      period: '2026Q2',
      territory: '54001',
      site,
      value: 10_000_000,
      expectedVersion: ['total', ' Total ', 'TOTAL'].indexOf(site),
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.salud.recordValue).toMatchObject({ id: 'SALUD-12-ASIGNACION|2026Q2|54001|TOTAL|TOTAL|TOTAL', value: 10_000_000 });
  });

  it('reads a site id in capitals as the same site in lower case', async () => {
    const answer = await record({
      indicator: 'SALUD-12-GIRO',
      period: '2026Q1',
      territory: '54001',
      site: 'Sede-A',
      value: 50_000_000,
      expectedVersion: 1,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.salud.recordValue).toEqual({ id: 'SALUD-12-GIRO|2026Q1|54001|sede-a|TOTAL|TOTAL', value: 50_000_000, version: 2 });
  });
});
