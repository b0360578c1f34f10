import { GATEWAY_FETCH_BUDGET } from '@cnim/gateway/fetch-budget';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// The security audit's planning attack, through the gateway over HTTP: aliases of the departments with four
// ministries' figures, each alias renamed so no plan or answer is reused. Refused before planning, while
// a bystander's reading is answered as usual.
const graph = useGraph({ responseCache: false });

const FIGURES =
  'code municipalities { code name integrateCentres { name } psychosocialAllocations { amount } educationAccompaniments { level } } laborFormalizationParticipants { participants }';
let renamed = 0;
const attack = (count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `x${(renamed += 1)}_${index}: departments { ${FIGURES} }`).join(' ')} }`;
const post = (query: string) =>
  fetch(graph().url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

describe('the planning attack', () => {
  it.each([5, 15, 50])('refuses %i renamed aliases with HTTP 400 and the budget in extensions', async (count) => {
    const response = await post(attack(count));
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(response.status).toBe(400);
    // Past 15 aliases the alias limit refuses it too, in the same answer.
    expect(body.errors.map((error) => error.extensions.limit)).toEqual(
      count > 15 ? ['aliases', 'aliasedSubgraphFetches'] : ['aliasedSubgraphFetches'],
    );
    const budget = body.errors.find((error) => error.extensions.limit === 'aliasedSubgraphFetches')!;
    expect(budget.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maximum: GATEWAY_FETCH_BUDGET.aliased });
    expect(budget.message).toMatch(/^La consulta repite con alias \d+ o más consultas entre subgrafos/);
  });

  it('answers a bystander exactly while three attackers send theirs at once', async () => {
    const bystander = '{ municipality(code: "54001") { name psychosocialAllocations { amount } integrateCentres { name } } }';
    const quiet = await graphql(graph().url, bystander);
    expect(quiet.errors).toBeUndefined();
    const [answer, ...attacks] = await Promise.all([graphql(graph().url, bystander), post(attack(15)), post(attack(15)), post(attack(15))]);
    expect(answer).toEqual(quiet);
    expect(attacks.map((response) => response.status)).toEqual([400, 400, 400]);
    expect(quiet.data).toEqual({
      municipality: {
        name: 'San José de Cúcuta',
        psychosocialAllocations: [{ amount: 441_640_400 }],
        integrateCentres: [{ name: 'Cúcuta' }],
      },
    });
  });
});
