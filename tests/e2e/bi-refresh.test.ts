import { describe, expect, it } from 'vitest';
import { graphql, type GraphQLResponse } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();

interface Fact {
  id: string;
  indicatorCode: string;
  ministryCode: string;
  value: number;
}
interface FactPage {
  totalCount: number;
  nodes: Fact[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const FACTS_PAGE = `query ($ministry: Ministry!, $first: Int, $after: String) {
  ministry(code: $ministry) {
    facts(first: $first, after: $after) {
      totalCount
      nodes { id indicatorCode ministryCode value }
      pageInfo { endCursor hasNextPage }
    }
  }
}`;

/** The refresh loop documented in docs/bi-connectors.md: every ministry, every page, through the gateway. */
async function refreshAll(first: number): Promise<Fact[]> {
  const { data } = await graphql<{ ministries: Array<{ ministry: string }> }>(graph().url, '{ ministries { ministry } }');
  const facts: Fact[] = [];
  for (const { ministry } of data!.ministries) {
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<{ ministry: { facts: FactPage } }> = await graphql(graph().url, FACTS_PAGE, {
        ministry,
        first,
        after,
      });
      expect(response.errors).toBeUndefined();
      const page: FactPage = response.data!.ministry.facts;
      facts.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
  }
  return facts;
}

const total = (facts: Fact[], indicator: string) =>
  facts.filter((fact) => fact.indicatorCode === indicator).reduce((sum, fact) => sum + fact.value, 0);

describe('BI connectors through the gateway', () => {
  it('lists the whole catalogue from the index: 21 indicators from five ministries', async () => {
    const { data } = await graphql<{ indicators: Array<{ code: string; ministryCode: string }> }>(
      graph().url,
      '{ indicators { code ministryCode } }',
    );
    expect(data!.indicators).toHaveLength(21);
    expect(data!.indicators.map((indicator) => indicator.ministryCode).filter((code, index, all) => all.indexOf(code) === index)).toEqual([
      'IGUALDAD',
      'SALUD',
      'SENA',
      'EDUCACION',
      'TRABAJO',
    ]);
  });

  it('filters the catalogue by ministry and action, each sheet resolved by its ministry', async () => {
    const { data, errors } = await graphql(
      graph().url,
      '{ indicators(filter: { ministry: SALUD, action: 12 }) { code name unit accumulation ministryCode } }',
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      indicators: [
        {
          code: 'SALUD-12-ASIGNACION',
          name: 'Recursos asignados para el acompañamiento psicosocial',
          unit: 'COP',
          accumulation: 'FLOW',
          ministryCode: 'SALUD',
        },
        {
          code: 'SALUD-12-GIRO',
          name: 'Recursos girados a las E.S.E. para el acompañamiento psicosocial',
          unit: 'COP',
          accumulation: 'FLOW',
          ministryCode: 'SALUD',
        },
        { code: 'SALUD-12-TRANSFERENCIAS', name: 'Transferencias realizadas', unit: 'COUNT', accumulation: 'FLOW', ministryCode: 'SALUD' },
      ],
    });
  });

  it('keeps the index and each ministry’s own catalogue in step', async () => {
    const { data } = await graphql<{ indicators: Array<{ code: string }>; ministries: Array<{ indicators: Array<{ code: string }> }> }>(
      graph().url,
      '{ indicators { code } ministries { indicators { code } } }',
    );
    expect(data!.indicators.map((indicator) => indicator.code)).toEqual(
      data!.ministries.flatMap((ministry) => ministry.indicators.map((indicator) => indicator.code)),
    );
  });

  it('pulls every fact of every ministry page by page and reproduces the report’s totals', async () => {
    const facts = await refreshAll(7);
    expect(new Set(facts.map((fact) => fact.id)).size).toBe(facts.length);
    expect([...new Set(facts.map((fact) => fact.ministryCode))]).toEqual(['IGUALDAD', 'SALUD', 'SENA', 'EDUCACION', 'TRABAJO']);
    expect(total(facts, 'IGUALDAD-1-ATENCIONES')).toBe(113142);
    expect(total(facts, 'SALUD-12-ASIGNACION')).toBe(1998207910);
    expect(total(facts, 'SALUD-12-GIRO')).toBe(1588422540);
    expect(total(facts, 'SENA-9-CERTIFICADOS')).toBe(1736);
    expect(total(facts, 'TRABAJO-7-RNFL-PARTICIPANTES')).toBe(404);
    // Igualdad 15 centres + 9 stated totals, Salud 13 + 11 + 1, SENA 3 + 1 + 1, Educación 1, Trabajo 8 + 3 + 2.
    expect(facts).toHaveLength(68);
  });

  it('refuses an action outside 1..15 in the catalogue filter', async () => {
    const { errors } = await graphql(graph().url, '{ indicators(filter: { action: 16 }) { code } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.action' });
  });

  it('refuses a forged cursor through the gateway with BAD_USER_INPUT', async () => {
    const { errors } = await graphql(graph().url, FACTS_PAGE, { ministry: 'SALUD', first: 5, after: 'bm90LWEtY3Vyc29y.xyz' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', serviceName: 'salud' });
  });
});
