import { salud } from '@cnim/salud';
import { describe, expect, it } from 'vitest';
import { useFreshSubgraph } from '../support/subgraph.js';

const query = useFreshSubgraph(salud);

interface Fact {
  id: string;
  indicatorCode: string;
  territoryLevel: string;
  territoryCode: string | null;
  periodId: string;
  value: number;
}
interface FactPage {
  totalCount: number;
  nodes: Fact[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const PAGE = `query ($filter: FactFilter, $first: Int, $after: String) {
  saludFacts(filter: $filter, first: $first, after: $after) {
    totalCount nodes { id indicatorCode territoryLevel territoryCode periodId value } pageInfo { endCursor hasNextPage }
  }
}`;

const page = async (variables: Record<string, unknown>) => {
  const { data, errors } = await query(PAGE, variables);
  return { page: data?.saludFacts as FactPage | undefined, errors };
};

/** The loop a connector runs: follow endCursor until hasNextPage is false. */
async function pullAll(filter: Record<string, unknown> | null, first: number): Promise<Fact[]> {
  const facts: Fact[] = [];
  let after: string | null = null;
  for (;;) {
    const { page: current } = await page({ filter, first, after });
    facts.push(...current!.nodes);
    if (!current!.pageInfo.hasNextPage) return facts;
    after = current!.pageInfo.endCursor;
  }
}

const total = (facts: Fact[], indicator: string) =>
  facts.filter((fact) => fact.indicatorCode === indicator).reduce((sum, fact) => sum + fact.value, 0);

describe('salud subgraph: indicator catalogue and facts', () => {
  it('lists its three indicator sheets with unit and accumulation, and no invented baseline or target', async () => {
    const { data } = await query('{ saludIndicators { code unit accumulation territoryLevel actionNumber ministryCode baseline target } }');
    const sheet = (code: string, unit: string, territoryLevel: string) => ({
      code,
      unit,
      accumulation: 'FLOW',
      territoryLevel,
      actionNumber: 12,
      ministryCode: 'SALUD',
      baseline: null,
      target: null,
    });
    expect(data?.saludIndicators).toEqual([
      sheet('SALUD-12-ASIGNACION', 'COP', 'MUNICIPALITY'),
      sheet('SALUD-12-GIRO', 'COP', 'MUNICIPALITY'),
      sheet('SALUD-12-TRANSFERENCIAS', 'COUNT', 'NATIONAL'),
    ]);
  });

  it('pages through every fact, 4 at a time, and reproduces the report’s COP totals', async () => {
    const facts = await pullAll(null, 4);
    expect(facts).toHaveLength(25);
    expect(new Set(facts.map((fact) => fact.id)).size).toBe(25);
    expect(total(facts, 'SALUD-12-ASIGNACION')).toBe(1998207910);
    expect(total(facts, 'SALUD-12-GIRO')).toBe(1588422540);
    expect(total(facts, 'SALUD-12-TRANSFERENCIAS')).toBe(11);
    expect(facts.find((fact) => fact.id === 'SALUD-12-GIRO|2025|54001|TOTAL|TOTAL|TOTAL')).toEqual({
      id: 'SALUD-12-GIRO|2025|54001|TOTAL|TOTAL|TOTAL',
      indicatorCode: 'SALUD-12-GIRO',
      territoryLevel: 'MUNICIPALITY',
      territoryCode: '54001',
      periodId: '2025',
      value: 441640400,
    });
  });

  it('gives the same rows in the same order for the same filter and cursor', async () => {
    const first = await page({ filter: { indicator: ['SALUD-12-ASIGNACION'] }, first: 5 });
    const again = await page({ filter: { indicator: ['SALUD-12-ASIGNACION'] }, first: 5, after: first.page!.pageInfo.endCursor });
    const repeat = await page({ filter: { indicator: ['SALUD-12-ASIGNACION'] }, first: 5, after: first.page!.pageInfo.endCursor });
    expect(first.page!.totalCount).toBe(13);
    expect(again.page).toEqual(repeat.page);
    expect(first.page!.nodes.map((fact) => fact.territoryCode)).toEqual(['05490', '05837', '25754', '44001', '44430']);
    expect(again.page!.nodes.map((fact) => fact.territoryCode)).toEqual(['52356', '54001', '54810', '54874', '68001']);
  });

  it('filters a department to its municipalities’ facts', async () => {
    const facts = await pullAll({ department: '44' }, 100);
    expect(facts.map((fact) => [fact.indicatorCode, fact.territoryCode, fact.value])).toEqual([
      ['SALUD-12-ASIGNACION', '44001', 225798080],
      ['SALUD-12-ASIGNACION', '44430', 183987290],
    ]);
  });

  it('filters by period range: nothing of 2025 falls within the first quarter alone', async () => {
    expect((await page({ filter: { from: '2025-01-01', to: '2025-03-31' } })).page!.totalCount).toBe(0);
    expect((await page({ filter: { from: '2025-01-01', to: '2025-12-31' } })).page!.totalCount).toBe(25);
  });

  it.each([
    [{ first: 1001 }, 'first', /entre 1 y 1000/],
    [{ first: 0 }, 'first', /entre 1 y 1000/],
    [{ filter: { indicator: ['SALUD-99'] } }, 'filter.indicator', /No existe el indicador "SALUD-99"/],
    [{ filter: { territory: '5490' } }, 'filter.territory', /2 dígitos .* o 5 dígitos/],
    [{ filter: { department: '4' } }, 'filter.department', /2 dígitos/],
    [{ filter: { from: '2025-10-01', to: '2025-09-30' } }, 'filter.from', /empieza \(2025-10-01\) después de terminar \(2025-09-30\)/],
    [{ after: 'eyJmb3JnZWQiOnRydWV9.firma-falsa' }, 'after', /cursor `after` no es válido/],
  ])('refuses %j with BAD_USER_INPUT on %s and returns no page', async (variables, field, message) => {
    const { page: result, errors } = await page(variables);
    expect(result).toBeUndefined();
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(errors?.[0]?.message).toMatch(message);
  });

  it('refuses a genuine cursor replayed with another filter', async () => {
    const first = await page({ first: 2 });
    const { errors } = await page({ first: 2, after: first.page!.pageInfo.endCursor, filter: { department: '54' } });
    expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
