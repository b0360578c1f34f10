import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { jwtSecret, mintToken, verifyToken } from '@cnim/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { nowInSeconds, signedToken, tokenFor, validClaims } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();
beforeAll(() => openNextCut(graph().url));

const READ = '{ action(number: 12) { number } }';
const SET_STATUS = `mutation ($input: SetTaskStatusInput!) { salud { setTaskStatus(input: $input) { status version } } }`;

/** A read with this bearer token, as any client sends it: the HTTP status and the answer. */
async function readWith(token: string) {
  const response = await fetch(graph().url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: READ }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  return {
    status: response.status,
    data: body.data,
    codes: body.errors?.map((error) => error.extensions?.code),
    messages: body.errors?.map((error) => error.message),
  };
}

const without = (claim: string) => Object.fromEntries(Object.entries(validClaims()).filter(([name]) => name !== claim));
const ASK = 'solicite uno nuevo (npm run token).';
const DAY = 24 * 3600;

describe('bearer tokens the gateway refuses with 401 UNAUTHENTICATED', () => {
  it.each([
    ['without exp', () => without('exp'), `El token no trae una fecha de expiración (exp) válida; ${ASK}`],
    ['without iat', () => without('iat'), `El token no trae su fecha de emisión (iat); ${ASK}`],
    ['without sub', () => without('sub'), `El token no trae un usuario (sub); ${ASK}`],
    ['with an empty sub', () => ({ ...validClaims(), sub: '' }), `El token no trae un usuario (sub); ${ASK}`],
    ['with a blank sub', () => ({ ...validClaims(), sub: '   ' }), `El token no trae un usuario (sub); ${ASK}`],
    [
      'with the anonymous reader’s name as sub',
      () => ({ ...validClaims(), sub: 'anónimo' }),
      `El usuario «anónimo» está reservado a las lecturas sin token; ${ASK}`,
    ],
    ['without iss', () => without('iss'), `El token no lo emitió cnim-graph (iss); ${ASK}`],
    ['from a foreign issuer', () => ({ ...validClaims(), iss: 'otro-emisor' }), `El token no lo emitió cnim-graph (iss); ${ASK}`],
    ['without aud', () => without('aud'), `El token no está destinado a esta API (aud debe ser cnim-graph-api); ${ASK}`],
    [
      'for another audience',
      () => ({ ...validClaims(), aud: 'otra-api' }),
      `El token no está destinado a esta API (aud debe ser cnim-graph-api); ${ASK}`,
    ],
    ['expired', () => ({ ...validClaims(), iat: nowInSeconds() - 3600, exp: nowInSeconds() - 120 }), `El token expiró; ${ASK}`],
    [
      'issued 30 days ago, though it expires in 30 days',
      () => ({ ...validClaims(), iat: nowInSeconds() - 30 * DAY, exp: nowInSeconds() + 30 * DAY }),
      `El token se emitió hace más de 12 horas, la antigüedad máxima; ${ASK}`,
    ],
    [
      'issued 13 hours ago, though its exp is still ahead',
      () => ({ ...validClaims(), iat: nowInSeconds() - 13 * 3600, exp: nowInSeconds() + 3600 }),
      `El token se emitió hace más de 12 horas, la antigüedad máxima; ${ASK}`,
    ],
    [
      'issued in the future',
      () => ({ ...validClaims(), iat: nowInSeconds() + 3600, exp: nowInSeconds() + 7200 }),
      `La fecha de emisión del token (iat) está en el futuro; ${ASK}`,
    ],
  ])('refuses a token %s', async (_, claims, message) => {
    expect(await readWith(signedToken(claims()))).toEqual({
      status: 401,
      data: undefined,
      codes: ['UNAUTHENTICATED'],
      messages: [message],
    });
  });

  it('refuses a token signed with another key', async () => {
    const forged = signedToken(validClaims(), new TextEncoder().encode('otra-clave-cualquiera'));
    expect(await readWith(forged)).toEqual({
      status: 401,
      data: undefined,
      codes: ['UNAUTHENTICATED'],
      messages: [`El token no es válido (formato o firma); ${ASK}`],
    });
  });

  it('refuses a write with a token too old to use, and changes nothing', async () => {
    const old = signedToken({
      ...validClaims(),
      sub: 'maria',
      role: 'reporter',
      ministry: 'SALUD',
      iat: nowInSeconds() - 2 * DAY,
      exp: nowInSeconds() + DAY,
    });
    const response = await fetch(graph().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${old}` },
      body: JSON.stringify({
        query: SET_STATUS,
        variables: { input: { action: 12, task: 2, status: 'COMPLETED', expectedVersion: 0, idempotencyKey: 'vieja' } },
      }),
    });
    expect(response.status).toBe(401);
    const { data } = await graphql<{ action: { tasks: Array<{ status: string; version: number }> } }>(
      graph().url,
      '{ action(number: 12, cut: "2026-02") { tasks { status version } } }',
    );
    expect(data!.action.tasks[1]).toEqual({ status: 'NOT_REPORTED', version: 0 });
  });
});

describe('tokens the graph mints are accepted', () => {
  it('carries iss, aud, iat and an 8-hour exp', async () => {
    const token = await tokenFor('reporter', 'SALUD', 'maria');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'ministry', 'role', 'sub']);
    expect([claims.iss, claims.aud, claims.sub, claims.role, claims.ministry]).toEqual([
      'cnim-graph',
      'cnim-graph-api',
      'maria',
      'reporter',
      'SALUD',
    ]);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(8 * 3600);
    expect(await verifyToken(token, jwtSecret({}).key)).toEqual({ subject: 'maria', ministry: 'SALUD', role: 'reporter' });
  });

  it('accepts a token that `npm run token` prints, for a write through the gateway', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'gateway/scripts/token.ts', 'SALUD', 'reporter', 'ana'],
      {
        cwd: new URL('../..', import.meta.url),
        // The test servers verify with the development secret, as `npm start` does when none is set.
        env: Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'CNIM_JWT_SECRET')),
      },
    );
    const { data, errors } = await graphql(
      graph().url,
      SET_STATUS,
      { input: { action: 12, task: 2, status: 'IN_PROGRESS', expectedVersion: 0, idempotencyKey: 'desde-npm-run-token' } },
      { authorization: `Bearer ${stdout.trim()}` },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ salud: { setTaskStatus: { status: 'IN_PROGRESS', version: 1 } } });
  });

  it('accepts a token minted with a longer expiry while it is younger than 12 hours', async () => {
    const token = await mintToken({ subject: 'lectora', ministry: null, role: 'reader' }, jwtSecret({}).key, '7d');
    expect(await readWith(token)).toEqual({ status: 200, data: { action: { number: 12 } }, codes: undefined, messages: undefined });
  });
});
