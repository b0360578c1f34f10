import { describe, expect, it } from 'vitest';
import { useGraph } from '../support/use-graph.js';

// A client's mistakes, through the gateway and straight at a subgraph: each is a 4xx with a Spanish
// GraphQL error in JSON, never an HTTP 500, an HTML page or anything of the servers' insides.
const graph = useGraph();

async function send(url: string, init: RequestInit): Promise<{ status: number; type: string | null; body: unknown }> {
  const response = await fetch(url, init);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}
const post = (url: string, body: unknown) =>
  send(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const TWO_OPERATIONS = 'query Departamentos { departments { code } } query Plan { plan { reportCut } }';
const INVALID_DAY =
  'La fecha debe ser un día existente en formato ISO 8601 AAAA-MM-DD (por ejemplo "2025-09-30"); se recibió "2025-02-30".';

describe('which operation to run', () => {
  const refusal = {
    errors: [
      {
        message:
          'No se pudo determinar qué operación ejecutar: El documento tiene 2 operaciones; indique en `operationName` cuál ejecutar (Departamentos, Plan).',
        extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
      },
    ],
  };

  it('answers several operations without operationName with a 400 in Spanish, by POST and by GET', async () => {
    expect(await post(graph().url, { query: TWO_OPERATIONS })).toEqual({
      status: 400,
      type: 'application/json; charset=utf-8',
      body: refusal,
    });
    const get = await send(`${graph().url}?query=${encodeURIComponent(TWO_OPERATIONS)}`, { headers: { accept: 'application/json' } });
    expect(get).toEqual({ status: 400, type: 'application/json; charset=utf-8', body: refusal });
  });

  it('answers an operationName the document does not have with a 400', async () => {
    expect(await post(graph().url, { query: TWO_OPERATIONS, operationName: 'Acciones' })).toMatchObject({
      status: 400,
      body: {
        errors: [
          {
            message:
              'No se pudo determinar qué operación ejecutar: El documento no tiene ninguna operación llamada «Acciones»; tiene: Departamentos, Plan.',
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE' },
          },
        ],
      },
    });
  });

  it('runs the one named', async () => {
    expect(await post(graph().url, { query: TWO_OPERATIONS, operationName: 'Plan' })).toMatchObject({
      status: 200,
      body: { data: { plan: { reportCut: 'Noviembre 2025' } } },
    });
  });
});

describe('a day that does not exist in a facts filter', () => {
  const refused = {
    status: 400,
    type: 'application/json; charset=utf-8',
    body: {
      errors: [
        { message: `Un valor de entrada no es válido: ${INVALID_DAY}`, extensions: { code: 'BAD_USER_INPUT', field: 'filter.from' } },
      ],
    },
  };

  it('is BAD_USER_INPUT naming filter.from at the gateway, written in the query', async () => {
    expect(
      await post(graph().url, { query: '{ ministry(code: SALUD) { facts(filter: { from: "2025-02-30" }) { totalCount } } }' }),
    ).toEqual(refused);
  });

  it('is BAD_USER_INPUT naming filter.from at the gateway, in a variable', async () => {
    const query = 'query ($filter: FactFilter) { ministry(code: SALUD) { facts(filter: $filter) { totalCount } } }';
    expect(await post(graph().url, { query, variables: { filter: { from: '2025-02-30' } } })).toEqual(refused);
    const byDay = 'query ($from: Date) { ministry(code: SALUD) { facts(filter: { from: $from }) { totalCount } } }';
    expect(await post(graph().url, { query: byDay, variables: { from: '2025-02-30' } })).toEqual(refused);
  });

  it('is BAD_USER_INPUT at the subgraph reached directly too', async () => {
    const url = graph().subgraphUrl('salud');
    expect(await post(url, { query: '{ saludFacts(filter: { from: "2025-02-30" }) { totalCount } }' })).toEqual({
      status: 400,
      type: 'application/json; charset=utf-8',
      body: { errors: [{ message: INVALID_DAY, extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    const query = 'query ($filter: FactFilter) { saludFacts(filter: $filter) { totalCount } }';
    expect(await post(url, { query, variables: { filter: { to: '2025-11-31' } } })).toEqual({
      status: 400,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [{ message: INVALID_DAY.replace('2025-02-30', '2025-11-31'), extensions: { code: 'BAD_USER_INPUT', field: 'filter.to' } }],
      },
    });
  });

  it('still lets a real day through', async () => {
    const answer = await post(graph().url, { query: '{ ministry(code: SALUD) { facts(filter: { from: "2024-02-29" }) { totalCount } } }' });
    expect(answer).toMatchObject({ status: 200, body: { data: { ministry: { facts: { totalCount: expect.any(Number) } } } } });
  });
});

describe('requests that never reach GraphQL', () => {
  it('answers malformed JSON with a GraphQL error in JSON, not an HTML page with a stack trace', async () => {
    expect(
      await send(graph().subgraphUrl('igualdad'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{plan' }),
    ).toEqual({
      status: 400,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [
          {
            message: 'El cuerpo de la petición no es JSON válido; envíe {"query": "...", "variables": {...}}.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      },
    });
  });

  it('answers a charset it cannot read with a 415 in JSON, at a subgraph and at the gateway', async () => {
    const init = { method: 'POST', headers: { 'content-type': 'application/json; charset=latin9' }, body: '{"query":"{ __typename }"}' };
    const expected = {
      status: 415,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [
          { message: 'La petición usa una codificación que el servidor no lee; envíe JSON en UTF-8.', extensions: { code: 'BAD_REQUEST' } },
        ],
      },
    };
    expect(await send(graph().subgraphUrl('igualdad'), init)).toEqual(expected);
    expect(await send(graph().url, init)).toEqual(expected);
  });

  it('answers a GET whose URL passes 16 KB, which Node refuses before Express, with a 431 in JSON', async () => {
    const query = `{ departments { ${'code '.repeat(4000)}} }`;
    expect(await send(`${graph().url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json' } })).toEqual({
      status: 431,
      type: 'application/json; charset=utf-8',
      body: {
        errors: [
          {
            message: 'La URL o las cabeceras de la petición pasan de 16 KB; envíe la consulta por POST.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      },
    });
  });
});
