import { describe, expect, it } from 'vitest';
import { graphql, type GraphQLResponse } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// The README's recipe for summing without double counting (one indicator, `disaggregation: TOTAL`, one
// period kind) keeps every indicator: where the report gives figures only by site, the total is their
// sum, labelled derived. Summed that way, the facts give the report's own totals.
const graph = useGraph();

interface Fact {
  id: string;
  indicatorCode: string;
  periodKind: string;
  site: string;
  value: number;
  derived: boolean;
}

interface FactPage {
  nodes: Fact[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const FACTS = `query ($ministry: Ministry!, $filter: FactFilter, $after: String) {
  ministry(code: $ministry) {
    facts(filter: $filter, first: 1000, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id indicatorCode periodKind site value derived }
    }
  }
}`;

async function allFacts(ministry: string, filter: Record<string, unknown> = {}): Promise<Fact[]> {
  const facts: Fact[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<{ ministry: { facts: FactPage } }> = await graphql(graph().url, FACTS, { ministry, filter, after });
    expect(response.errors).toBeUndefined();
    const page = response.data!.ministry.facts;
    facts.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return facts;
    after = page.pageInfo.endCursor;
  }
}

/** The recipe: one indicator, its totals, one period kind, summed. */
async function recipeSum(ministry: string, indicator: string, periodKind: string): Promise<number> {
  const facts = await allFacts(ministry, { indicator: [indicator], disaggregation: 'TOTAL', periodKind });
  return facts.reduce((sum, fact) => sum + fact.value, 0);
}

const ministries = async () =>
  (await graphql<{ ministries: Array<{ ministry: string }> }>(graph().url, '{ ministries { ministry } }')).data!.ministries.map(
    (entry) => entry.ministry,
  );

describe('a BI sum that keeps every indicator', () => {
  it('gives at least one total for every indicator that has any fact, in every period kind it has, and exactly one per id', async () => {
    for (const ministry of await ministries()) {
      const everything = await allFacts(ministry);
      const totals = await allFacts(ministry, { disaggregation: 'TOTAL' });
      const kinds = (facts: Fact[]) => [...new Set(facts.map((fact) => `${fact.indicatorCode} ${fact.periodKind}`))].sort();
      expect(kinds(totals), ministry).toEqual(kinds(everything));
      expect(new Set(totals.map((fact) => fact.id)).size, ministry).toBe(totals.length);
      // A derived total is never one the report or the ministry states: every stated fact is a fact of the unfiltered list.
      const stated = new Set(everything.map((fact) => fact.id));
      expect(
        totals.filter((fact) => !fact.derived).every((fact) => stated.has(fact.id)),
        ministry,
      ).toBe(true);
      expect(
        totals.filter((fact) => fact.derived).every((fact) => !stated.has(fact.id) && fact.site === 'TOTAL'),
        ministry,
      ).toBe(true);
    }
  });

  it('sums to the report’s totals: 113.142 attended, 13.400 oriented, $1.998.207.910 allocated and $1.588.422.540 transferred', async () => {
    expect(await recipeSum('IGUALDAD', 'IGUALDAD-1-ATENCIONES', 'RANGE')).toBe(113_142);
    expect(await recipeSum('SENA', 'SENA-8-ORIENTADOS', 'YEAR')).toBe(13_400);
    expect(await recipeSum('SALUD', 'SALUD-12-ASIGNACION', 'YEAR')).toBe(1_998_207_910);
    expect(await recipeSum('SALUD', 'SALUD-12-GIRO', 'YEAR')).toBe(1_588_422_540);
  });

  it('labels the totals of IGUALDAD-1-ATENCIONES as derived from the centres, one per municipality, and they agree with the stated figure', async () => {
    const totals = await allFacts('IGUALDAD', { indicator: ['IGUALDAD-1-ATENCIONES'], disaggregation: 'TOTAL' });
    const sites = await allFacts('IGUALDAD', { indicator: ['IGUALDAD-1-ATENCIONES'], disaggregation: 'SITE' });
    expect(totals.every((fact) => fact.derived)).toBe(true);
    expect(totals.map((fact) => fact.id.split('|')[2])).toEqual([...new Set(sites.map((fact) => fact.id.split('|')[2]))].sort());
    const { data } = await graphql<{ action: { integrateCentres: { statedPeopleAttended: number } } }>(
      graph().url,
      '{ action(number: 1) { ... on IgualdadAction { integrateCentres { statedPeopleAttended } } } }',
    );
    expect(totals.reduce((sum, fact) => sum + fact.value, 0)).toBe(data!.action.integrateCentres.statedPeopleAttended);
  });

  it('the Excel export with the same filter carries the derived totals, labelled, and sums to 113.142', async () => {
    const response = await fetch(
      graph().url.replace(
        '/graphql',
        '/export/hechos.csv?indicator=IGUALDAD-1-ATENCIONES&disaggregation=TOTAL&periodKind=RANGE&separator=;',
      ),
    );
    const [header, ...lines] = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    const column = (name: string) => header!.indexOf(name);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line[column('derived')] === 'true')).toBe(true);
    expect(lines.reduce((sum, line) => sum + Number(line[column('value')]), 0)).toBe(113_142);
  });
});
