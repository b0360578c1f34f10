import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();

describe('bad input through the gateway', () => {
  it('answers a syntax error with GRAPHQL_PARSE_FAILED and a Spanish message', async () => {
    const { errors, data } = await graphql(graph().url, '{ plan { actions { number }');
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors?.[0]?.message).toMatch(/^La consulta no es GraphQL válido; revise la sintaxis/);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED naming the field', async () => {
    const { errors } = await graphql(graph().url, '{ plan { budget } }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors?.[0]?.message).toMatch(/^La consulta no corresponde al esquema del plan/);
    expect(errors?.[0]?.message).toContain('"budget"');
  });

  it('refuses an action number outside 1..15 with BAD_USER_INPUT on the argument', async () => {
    const { errors, data } = await graphql(graph().url, '{ action(number: 16) { number } }');
    expect(data).toEqual({ action: null });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'number', serviceName: 'plan' });
    expect(errors?.[0]?.message).toContain('16');
  });

  it('refuses a municipality code without its leading zero, explaining the format', async () => {
    const { errors } = await graphql(graph().url, '{ municipality(code: "5490") { name } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errors?.[0]?.message).toContain('"05490"');
  });

  it('answers a variable of the wrong type with BAD_USER_INPUT', async () => {
    const { errors } = await graphql(graph().url, 'query ($n: Int!) { action(number: $n) { number } }', { n: 'doce' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/^Un valor de entrada no es válido/);
  });

  it('answers a body that is not JSON with a GraphQL error, not an HTML page', async () => {
    const response = await fetch(graph().url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{plan' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'El cuerpo de la petición no es JSON válido; envíe {"query": "...", "variables": {...}}.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('keeps serving correct answers after all of the above', async () => {
    const { data } = await graphql(graph().url, '{ action(number: 12) { number ministry } }');
    expect(data).toEqual({ action: { number: 12, ministry: 'SALUD' } });
  });
});
