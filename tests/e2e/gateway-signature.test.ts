import { DEV_SECRETS, SIGNATURE_HEADERS, encodeIdentity, signRequest } from '@cnim/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { useGraph } from '../support/use-graph.js';

// Requests that claim to come from the gateway, sent straight to the Salud subgraph. The test signs
// them with Salud's development key, as the gateway does: what a captured request would carry.
const graph = useGraph();

const SALUD_KEY = DEV_SECRETS.gateway('salud');
const REPORTER = encodeIdentity({ subject: 'maria', ministry: 'SALUD', role: 'reporter' });
const SECRETARIAT = encodeIdentity({ subject: 'secretaria', ministry: null, role: 'secretariat' });
const WRITE = (key: string) =>
  JSON.stringify({
    query: `mutation { salud { submitReport(input: { action: 13, narrative: "Texto firmado", expectedVersion: 0, idempotencyKey: "${key}" }) { version } } }`,
  });

async function post(body: string, headers: Record<string, string>) {
  const response = await fetch(graph().subgraphUrl('salud'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> },
  };
}

const signed = (identity: string, body: string, now?: number) => ({
  [SIGNATURE_HEADERS.identity]: identity,
  ...signRequest(SALUD_KEY, identity, body, now),
});

// The secretariat opens cut 2026-02 in Salud, signed as the gateway would, so Salud can report in it.
beforeAll(async () => {
  const body = JSON.stringify({
    query:
      'mutation { salud { openCut(input: { cut: "2026-02", label: "Febrero 2026", closingDate: "2026-02-28", idempotencyKey: "abrir" }) { status } } }',
  });
  expect((await post(body, signed(SECRETARIAT, body))).json).toEqual({ data: { salud: { openCut: { status: 'OPEN' } } } });
});

describe('the gateway’s signature on subgraph requests', () => {
  it('lets a correctly signed request through, and refuses the same request replayed, with 401', async () => {
    const body = WRITE('firmado-1');
    const headers = signed(REPORTER, body);
    const first = await post(body, headers);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ data: { salud: { submitReport: { version: 1 } } } });
    const replay = await post(body, headers);
    expect(replay.status).toBe(401);
    expect(replay.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(replay.json.errors?.[0]?.message).toBe('Petición rechazada: la petición firmada ya se recibió (repetición).');
  });

  it.each([
    [
      'another body under the same signature',
      (body: string) => ({ body: WRITE('alterado'), headers: signed(REPORTER, body) }),
      'la firma del gateway no corresponde a la petición',
    ],
    [
      'another identity under the same signature',
      (body: string) => ({
        body,
        headers: {
          ...signed(REPORTER, body),
          [SIGNATURE_HEADERS.identity]: encodeIdentity({ subject: 'x', ministry: 'SALUD', role: 'secretariat' }),
        },
      }),
      'la firma del gateway no corresponde a la petición',
    ],
    [
      'a timestamp outside the window',
      (body: string) => ({ body, headers: signed(REPORTER, body, Date.now() - 5 * 60_000) }),
      'la petición firmada está fuera de la ventana de tiempo permitida',
    ],
    [
      'a malformed identity, correctly signed',
      (body: string) => ({ body, headers: signed('no-es-una-identidad', body) }),
      'la identidad enviada por el gateway está mal formada',
    ],
    [
      'an identity header without a signature',
      (body: string) => ({ body, headers: { [SIGNATURE_HEADERS.identity]: REPORTER } }),
      'faltan cabeceras de la firma del gateway',
    ],
  ])('refuses %s with 401 and changes nothing', async (_, make, reason) => {
    const { body, headers } = make(WRITE('tampered'));
    const answer = await post(body, headers);
    expect(answer.status).toBe(401);
    expect(answer.json.errors?.[0]).toMatchObject({ message: `Petición rechazada: ${reason}.`, extensions: { code: 'UNAUTHENTICATED' } });
    const { json } = await post(
      JSON.stringify({
        query:
          '{ _entities(representations: [{ __typename: "SaludAction", number: 13, readCut: "2026-02" }]) { ... on SaludAction { report { version } } } }',
      }),
      {},
    );
    expect(json.data).toEqual({ _entities: [{ report: { version: 1 } }] });
  });

  it('sends no CORS headers from a subgraph: browsers go through the gateway', async () => {
    const answer = await post(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://example.org' });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(graph().subgraphUrl('salud'), {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
