import { readFileSync } from 'node:fs';
import { startGateway, type RunningGateway } from '@cnim/gateway';
import { SUBGRAPH_NAMES } from '@cnim/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

// The production switch CNIM_ANONYMOUS_OPERATIONS=registered: without a token, only the operations of
// operations/ run (whatever their layout); with a token, any operation within the limits; the gateway's
// own pages and exports keep working.
const graph = useGraph({ responseCache: false });
let gateway: RunningGateway;
beforeAll(async () => {
  gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    responseCache: false,
    env: { CNIM_ANONYMOUS_OPERATIONS: 'registered' },
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, graph().subgraphUrl(name)])),
  });
});
afterAll(() => gateway?.stop());

const REGISTERED = readFileSync(new URL('../../operations/docs/readme-the-subcommission-the-whole-plan.graphql', import.meta.url), 'utf8');
const post = (query: string, headers: Record<string, string> = {}) =>
  fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

describe('anonymous traffic restricted to registered operations', () => {
  it('runs a registered operation sent with another layout, as the open gateway answers it', async () => {
    const relaid = REGISTERED.replace(/^#.*$/gm, '').replace(/\s+/g, ' ');
    const response = await post(`# Copia del README\n${relaid}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(await graphql(graph().url, REGISTERED));
  });

  it('refuses any other operation without a token with 403 and a Spanish message, and runs it with one', async () => {
    const other = '{ plan { reportCut } }';
    const refused = await post(other);
    expect([refused.status, await refused.json()]).toEqual([
      403,
      {
        errors: [
          {
            message:
              'Sin token, este gateway solo ejecuta las operaciones registradas en operations/ (tablero, informe, exportaciones y ejemplos documentados). Envíe un token para otras consultas, o registre la suya.',
            extensions: { code: 'OPERATION_NOT_REGISTERED' },
          },
        ],
      },
    ]);
    const withToken = await post(other, { authorization: `Bearer ${await tokenFor('reader', null, 'analista')}` });
    expect([withToken.status, await withToken.json()]).toEqual([200, { data: { plan: { reportCut: 'Noviembre 2025' } } }]);
  });

  it('keeps serving its own pages and exports, which ask the graph in their own words', async () => {
    for (const path of [
      '/informe?corte=2025-11',
      '/export/hechos.csv?indicator=SALUD-12-GIRO&territory=54001',
      '/export/indicadores.csv',
    ]) {
      const response = await fetch(gateway.url.replace('/graphql', path));
      expect(response.status, path).toBe(200);
    }
  });
});
