import { SUBGRAPH_NAMES } from '@cnim/kit';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// The operations of the issue that took the graph down, against the real gateway and subgraphs. Each
// must be refused before any planning or subgraph request, in milliseconds (1,000 aliases kept the
// gateway busy 17 to 39 s, 100 aliases of W2 4 s), while everyone else is served. The requirement is
// 100 ms. The machine is shared (npm test runs two files at once, some starting seven processes), so
// each refusal is timed five times, each right after a trivial request to the same server, and the
// bound of an attempt is 100 ms or, when the machine is loaded, twenty times that trivial request: a
// ratio to a peer in the same moment, as the benchmark measures. The best attempt counts. Planning the
// bombs took thousands of times longer.
const graph = useGraph();
const REFUSAL_MS = 100;
const LOADED_RATIO = 20;

interface Timed {
  status: number;
  ms: number;
  /** 100 ms, or twenty times a trivial request sent just before to the same server, whichever is larger. */
  bound: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(url: string, body: string): Promise<Timed> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, bound: REFUSAL_MS, body: JSON.parse(text) as Timed['body'] };
}

/**
 * Five identical requests (their answers are identical too), each right after a trivial one to the same
 * server, so that a burst of load slows both; returns the attempt that was fastest against its bound.
 */
async function fastest(url: string, body: string): Promise<Timed> {
  const attempts: Timed[] = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const trivial = await post(url, JSON.stringify({ query: '{ __typename }' }));
    attempts.push({ ...(await post(url, body)), bound: Math.max(REFUSAL_MS, LOADED_RATIO * trivial.ms) });
  }
  return attempts.reduce((best, attempt) => (attempt.ms / attempt.bound < best.ms / best.bound ? attempt : best));
}

const aliases = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`;
const operation = (query: string) => JSON.stringify({ query });

/** `{ departments { municipalities { department { municipalities { … code } } } } }`, `levels` fields deep. */
function territoryCycle(levels: number): string {
  const fields = Array.from({ length: levels - 1 }, (_, level) =>
    level === 0 ? 'departments' : level % 2 === 1 ? 'municipalities' : 'department',
  );
  return `{ ${fields.reduceRight((inner, field) => `${field} { ${inner} }`, 'code')} }`;
}

const FACTS_PAGE = 'ministry(code: IGUALDAD) { facts(first: 1000) { totalCount nodes { id indicatorCode value unit } } }';

describe('operation limits at the gateway, before planning', () => {
  it('refuses 1,000 aliases of `departments` in under 100 ms while a cheap query sent at the same time is answered', async () => {
    const bombQuery = operation(aliases(1000, 'departments { code name municipalities { code name integrateCentres { name } } }'));
    const [bomb, cheap] = await Promise.all([
      fastest(graph().url, bombQuery),
      post(graph().url, operation('{ department(code: "54") { name } }')),
    ]);
    expect(bomb.status).toBe(400);
    expect(bomb.body).toEqual({
      errors: [
        {
          message: 'La consulta tiene más de 2.000 unidades léxicas (tokens); el máximo es 2.000. Divídala en varias consultas.',
          extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens', maximum: 2000 },
        },
      ],
    });
    expect(bomb.ms).toBeLessThan(bomb.bound);
    expect(cheap.body).toEqual({ data: { department: { name: 'Norte de Santander' } } });
  });

  it('refuses more aliases than the limit in under 100 ms, even in a small document', async () => {
    const refused = await fastest(graph().url, operation(aliases(100, 'departments { code name municipalities { code name } }')));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [
        {
          message: 'La consulta usa 100 alias; el máximo es 15. Envíe varias consultas en lugar de repetir campos con alias.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', maximum: 15, found: 100 },
        },
      ],
    });
    expect(refused.ms).toBeLessThan(refused.bound);
  });

  it('refuses the 20-level territory cycle (under 1 KB) in under 100 ms', async () => {
    const query = territoryCycle(20);
    expect(query.length).toBeLessThan(1024);
    const refused = await fastest(graph().url, operation(query));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: [
        {
          message: 'La consulta anida 20 niveles de campos; el máximo es 6. Pida menos niveles o divídala en varias consultas.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', maximum: 6, found: 20 },
        },
      ],
    });
    expect(refused.ms).toBeLessThan(refused.bound);
  });

  it('refuses 1,000 aliases of a page of facts in under 100 ms, and two full pages by their cost', async () => {
    const thousand = await fastest(graph().url, operation(aliases(1000, FACTS_PAGE)));
    expect(thousand.status).toBe(400);
    expect(thousand.body.errors?.map((error) => error.extensions?.limit)).toEqual(['tokens']);
    expect(thousand.ms).toBeLessThan(thousand.bound);
    const columns =
      'id indicatorCode actionNumber ministryCode territoryLevel territoryCode periodId periodStart periodEnd site sex nationality value unit source';
    const two = await post(
      graph().url,
      operation(
        aliases(
          2,
          `ministry(code: IGUALDAD) { facts(first: 1000) { totalCount pageInfo { endCursor hasNextPage } nodes { ${columns} } } }`,
        ),
      ),
    );
    expect(two.status).toBe(400);
    expect(two.body.errors?.map((error) => error.extensions)).toEqual([
      { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', maximum: 100000, found: 143254 },
    ]);
  });
});

describe('operation limits at a subgraph reached directly', () => {
  // A subgraph accepts ten times the gateway's tokens (the gateway's fetches write fragments out), so a
  // 6,000-token bomb is parsed and validated in full before it is refused: tens of milliseconds, several
  // times that while other processes share the two cores. Under a second still tells a refusal from
  // running it (1,000 pages of facts kept Igualdad busy 32 s).
  const SUBGRAPH_REFUSAL_MS = 1_000;

  it('refuses 1,000 aliases, the territory cycle and 1,000 aliases of a page of facts, quickly', async () => {
    // The plan serves the root territory queries; Igualdad serves its own facts.
    const url = graph().subgraphUrl('plan');
    const many = await fastest(url, operation(aliases(1000, 'departments { code }')));
    expect(many.status).toBe(400);
    expect(many.body.errors?.map((error) => error.extensions)).toEqual([
      { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', maximum: 30, found: 1000 },
    ]);
    expect(many.ms).toBeLessThan(Math.max(SUBGRAPH_REFUSAL_MS, many.bound));
    const cycle = await fastest(url, operation(territoryCycle(20)));
    expect(cycle.body.errors?.map((error) => error.extensions)).toEqual([
      { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', maximum: 6, found: 20 },
    ]);
    expect(cycle.ms).toBeLessThan(Math.max(SUBGRAPH_REFUSAL_MS, cycle.bound));
    const facts = await fastest(
      graph().subgraphUrl('igualdad'),
      operation(aliases(1000, 'igualdadFacts(first: 1000) { totalCount nodes { id indicatorCode value unit } }')),
    );
    expect(facts.status).toBe(400);
    expect(facts.body.errors?.map((error) => error.extensions?.limit)).toEqual(['aliases', 'cost']);
    expect(facts.ms).toBeLessThan(Math.max(SUBGRAPH_REFUSAL_MS, facts.bound));
  });

  it('refuses 400,000 aliases and a 45 MB body with a JSON GraphQL error, without reading them', async () => {
    const url = graph().subgraphUrl('igualdad');
    const tooLarge = { errors: [{ message: 'La petición es demasiado grande (máximo 2 MB).', extensions: { code: 'BAD_REQUEST' } }] };
    const huge = await post(url, operation(aliases(400_000, 'departments { code }')));
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual(tooLarge);
    const body45 = await post(
      url,
      JSON.stringify({ query: '{ departments { code } }', variables: { padding: 'x'.repeat(45 * 1024 * 1024) } }),
    );
    expect(body45.status).toBe(413);
    expect(body45.body).toEqual(tooLarge);
    // The 45 MB still cross the loopback (Express drains a refused body) but are neither kept nor
    // parsed; 10 s is far above that on a loaded machine, and below what parsing and running them took.
    expect(body45.ms).toBeLessThan(10_000);
  });
});

describe('after every refusal', () => {
  it('the gateway and every subgraph still answer', async () => {
    const { data } = await graphql(graph().url, '{ plan { overallProgressPercent } }');
    expect(data).toEqual({ plan: { overallProgressPercent: 48 } });
    for (const name of SUBGRAPH_NAMES) {
      expect((await graphql(graph().subgraphUrl(name), '{ __typename }')).data, name).toEqual({ __typename: 'Query' });
    }
  });
});
