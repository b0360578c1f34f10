import { SIGNATURE_HEADERS, encodeIdentity, signRequest } from '@cnim/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNextCut } from '../support/cuts.js';
import { graphql } from '../support/graphql.js';
import { tokenFor } from '../support/tokens.js';
import { useGraph } from '../support/use-graph.js';

const graph = useGraph();
// Task statuses are reported per cut, into the open one; the report's cut (2025-11) is locked.
beforeAll(() => openNextCut(graph().url));

const SET_STATUS = `mutation ($input: SetTaskStatusInput!) {
  salud { setTaskStatus(input: $input) { number status version history { field before after subject ministry role } } }
}`;
const TASK = '{ action(number: 12, cut: "2026-02") { tasks { number status version } } }';

const input = (overrides: Record<string, unknown> = {}) => ({
  input: { action: 12, task: 3, status: 'IN_PROGRESS', expectedVersion: 0, idempotencyKey: 'clave-1', ...overrides },
});
const bearer = async (...args: Parameters<typeof tokenFor>) => ({ authorization: `Bearer ${await tokenFor(...args)}` });
const task3 = async () =>
  (await graphql<{ action: { tasks: Array<{ status: string; version: number }> } }>(graph().url, TASK)).data!.action.tasks[2];

describe('who may write Salud’s data', () => {
  it('refuses a write without a token, and changes nothing', async () => {
    const { errors } = await graphql(graph().url, SET_STATUS, input());
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await task3()).toEqual({ number: 3, status: 'NOT_REPORTED', version: 0 });
  });

  it('refuses an invalid token with 401 before anything runs', async () => {
    const response = await fetch(graph().url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer no.es.un.token' },
      body: JSON.stringify({ query: TASK }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string }; message: string }> };
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]?.message).toMatch(/token no es válido/);
  });

  it.each([
    ['a SENA reporter', ['reporter', 'SENA'] as const],
    ['a Salud reader', ['reader', 'SALUD'] as const],
    ['the secretariat', ['secretariat', null] as const],
  ])('refuses %s through the gateway with FORBIDDEN, and changes nothing', async (_, [role, ministry]) => {
    const { errors } = await graphql(graph().url, SET_STATUS, input(), await bearer(role, ministry));
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0]?.message).toMatch(/no puede modificar los datos de SALUD/);
    expect(await task3()).toEqual({ number: 3, status: 'NOT_REPORTED', version: 0 });
  });

  it('refuses a reporter identity sent straight to the Salud subgraph, unsigned or signed with a guessed key', async () => {
    const saludUrl = graph().subgraphUrl('salud');
    const identity = encodeIdentity({ subject: 'intruso', ministry: 'SALUD', role: 'reporter' });
    const body = JSON.stringify({ query: SET_STATUS, variables: input() });
    const unsigned = { [SIGNATURE_HEADERS.identity]: identity };
    const guessed = { ...unsigned, ...signRequest('secreto-adivinado-secreto-adivinado', identity, body) };
    for (const headers of [unsigned, guessed, {}]) {
      const { errors } = await graphql(saludUrl, SET_STATUS, input(), headers);
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await task3()).toEqual({ number: 3, status: 'NOT_REPORTED', version: 0 });
  });
});

describe('a Salud reporter writes through the gateway', () => {
  it('sets the status, bumps the version and records who changed what', async () => {
    const { data, errors } = await graphql(graph().url, SET_STATUS, input(), await bearer('reporter', 'SALUD', 'maria'));
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      salud: {
        setTaskStatus: {
          number: 3,
          status: 'IN_PROGRESS',
          version: 1,
          history: [
            { field: 'status', before: 'NOT_REPORTED', after: 'IN_PROGRESS', subject: 'maria', ministry: 'SALUD', role: 'reporter' },
          ],
        },
      },
    });
  });

  it('changes nothing twice when the same request is retried with the same key', async () => {
    const { data } = await graphql(graph().url, SET_STATUS, input(), await bearer('reporter', 'SALUD', 'maria'));
    expect(data).toMatchObject({ salud: { setTaskStatus: { status: 'IN_PROGRESS', version: 1 } } });
    expect((data as { salud: { setTaskStatus: { history: unknown[] } } }).salud.setTaskStatus.history).toHaveLength(1);
  });

  it('refuses the same key for a different request', async () => {
    const { errors } = await graphql(graph().url, SET_STATUS, input({ status: 'COMPLETED' }), await bearer('reporter', 'SALUD', 'maria'));
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
  });

  it('refuses a write based on a stale version, and keeps the newer value', async () => {
    const { errors } = await graphql(
      graph().url,
      SET_STATUS,
      input({ status: 'COMPLETED', idempotencyKey: 'clave-2' }),
      await bearer('reporter', 'SALUD', 'jorge'),
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'STALE_VERSION', field: 'input.expectedVersion', currentVersion: 1 });
    expect(await task3()).toEqual({ number: 3, status: 'IN_PROGRESS', version: 1 });
  });

  it('refuses an unknown task or an action of another ministry, writing nothing', async () => {
    for (const wrong of [{ task: 9 }, { action: 8, task: 1 }]) {
      const { errors } = await graphql(
        graph().url,
        SET_STATUS,
        input({ ...wrong, idempotencyKey: `clave-${JSON.stringify(wrong)}` }),
        await bearer('reporter', 'SALUD'),
      );
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.task' });
    }
    expect(await task3()).toEqual({ number: 3, status: 'IN_PROGRESS', version: 1 });
  });
});
