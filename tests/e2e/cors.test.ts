import { ConfigError, SUBGRAPH_NAMES } from '@cnim/kit';
import { startGateway, type RunningGateway } from '@cnim/gateway';
import { corsOrigins } from '@cnim/gateway/cors';
import { afterAll, describe, expect, it } from 'vitest';
import { useGraph } from '../support/use-graph.js';

// Browsers call the graph only from allowed origins; preflights are answered; credentials never with "*".
const graph = useGraph();
const others: RunningGateway[] = [];
afterAll(() => Promise.all(others.map((gateway) => gateway.stop())));

/** A second gateway over the same subgraphs, with other CORS settings. */
async function gatewayWith(origins: '*' | string[]): Promise<string> {
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, graph().subgraphUrl(name)])),
    corsOrigins: origins,
  });
  others.push(gateway);
  return gateway.url;
}

const preflight = async (url: string, origin: string) => {
  const response = await fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });
  return {
    status: response.status,
    origin: response.headers.get('access-control-allow-origin'),
    credentials: response.headers.get('access-control-allow-credentials'),
    headers: response.headers.get('access-control-allow-headers'),
  };
};

describe('CORS at the gateway', () => {
  it('answers a preflight from a local development port and from the gateway’s own origin by default', async () => {
    expect(await preflight(graph().url, 'http://localhost:5173')).toEqual({
      status: 204,
      origin: 'http://localhost:5173',
      credentials: 'true',
      headers: 'content-type,authorization,apollo-require-preflight',
    });
    const own = new URL(graph().url).origin;
    expect((await preflight(graph().url, own)).origin).toBe(own);
    const response = await fetch(graph().url, {
      method: 'POST',
      headers: { origin: own, 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(own);
  });

  it('gives no CORS permission to any other origin', async () => {
    const answer = await preflight(graph().url, 'https://sitio-ajeno.example');
    expect([answer.origin, answer.credentials]).toEqual([null, 'true']);
    const csv = await fetch(graph().url.replace('/graphql', '/export/indicadores.csv'), {
      headers: { origin: 'https://sitio-ajeno.example' },
    });
    expect(csv.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the origins of CNIM_CORS_ORIGINS, with credentials, and only them', async () => {
    const origins = corsOrigins({ CNIM_CORS_ORIGINS: 'https://tablero.cnim.gov.co, https://app.powerbi.com' });
    expect(origins).toEqual(['https://tablero.cnim.gov.co', 'https://app.powerbi.com']);
    const url = await gatewayWith(origins as string[]);
    expect(await preflight(url, 'https://app.powerbi.com')).toMatchObject({
      status: 204,
      origin: 'https://app.powerbi.com',
      credentials: 'true',
    });
    expect((await preflight(url, 'http://localhost:5173')).origin).toBeNull();
  });

  it('allows any origin with "*", and then never credentials', async () => {
    expect(corsOrigins({ CNIM_CORS_ORIGINS: '*' })).toBe('*');
    const url = await gatewayWith('*');
    expect(await preflight(url, 'https://cualquiera.example')).toMatchObject({ status: 204, origin: '*', credentials: null });
  });

  it.each(['tablero.cnim.gov.co', 'https://tablero.cnim.gov.co/', 'https://tablero.cnim.gov.co/ruta', 'ftp://tablero.cnim.gov.co'])(
    'refuses to start with CNIM_CORS_ORIGINS=%s, saying why',
    (value) => {
      expect(() => corsOrigins({ CNIM_CORS_ORIGINS: value })).toThrow(ConfigError);
      expect(() => corsOrigins({ CNIM_CORS_ORIGINS: value })).toThrow(/^CNIM_CORS_ORIGINS: ".*" no es un origen/);
    },
  );
});
