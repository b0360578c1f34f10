import { describe, expect, it } from 'vitest';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();

const get = (params: Record<string, string>) =>
  fetch(`${graph().url}?${new URLSearchParams(params)}`, { headers: { accept: 'application/json' } });

describe('queries over GET, as BI connectors send them', () => {
  it('answers a GET query with variables and no preflight header', async () => {
    const response = await get({
      query: 'query ($code: String!) { municipality(code: $code) { name psychosocialAllocations { amount } } }',
      variables: JSON.stringify({ code: '54001' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { municipality: { name: 'San José de Cúcuta', psychosocialAllocations: [{ amount: 441640400 }] } },
    });
  });

  it('never runs a mutation over GET', async () => {
    const response = await get({ query: 'mutation { __typename }' });
    expect(response.status).toBe(405);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('keeps introspection on, so connectors can read the schema', async () => {
    const response = await get({ query: '{ __schema { queryType { name } } }' });
    expect(await response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
