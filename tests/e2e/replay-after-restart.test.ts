import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_SECRETS, SIGNATURE_HEADERS, encodeIdentity, signRequest, startSubgraph, type RunningSubgraph } from '@cnim/kit';
import { salud } from '@cnim/salud';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, type FreshPostgresDatabase } from '../support/fresh-database.js';

// A signed request captured once is refused when replayed, even after the subgraph restarts and on
// another process of the same subgraph: the nonces it has seen live with its database (SQLite: beside
// the file; Postgres: in it), not in a process's memory.
const READER = encodeIdentity({ subject: 'analista', ministry: null, role: 'reader' });
const BODY = JSON.stringify({ query: '{ saludIndicators { code } }' });
const captured = () => ({
  'content-type': 'application/json',
  [SIGNATURE_HEADERS.identity]: READER,
  ...signRequest(DEV_SECRETS.gateway('salud'), READER, BODY),
});
const send = async (subgraph: RunningSubgraph, headers: Record<string, string>) => {
  const response = await fetch(subgraph.url, { method: 'POST', headers, body: BODY });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: Array<{ message: string; extensions: { code: string } }> },
  };
};
const REPLAY = {
  status: 401,
  body: {
    errors: [{ message: 'Petición rechazada: la petición firmada ya se recibió (repetición).', extensions: { code: 'UNAUTHENTICATED' } }],
  },
};

const folder = mkdtempSync(join(tmpdir(), 'cnim-repeticion-'));
const running: RunningSubgraph[] = [];
let postgres: FreshPostgresDatabase | undefined;
afterAll(async () => {
  await Promise.all(running.map((subgraph) => subgraph.stop()));
  await postgres?.drop();
  rmSync(folder, { recursive: true, force: true });
});
const start = async (database: string) => {
  const subgraph = await startSubgraph(salud, { port: 0, host: '127.0.0.1', database });
  running.push(subgraph);
  return subgraph;
};

describe('replay protection that survives restarts and replicas', () => {
  it('refuses a captured request replayed after Salud restarts on its SQLite file', async () => {
    const file = join(folder, 'salud.sqlite');
    const headers = captured();
    const before = await start(file);
    expect((await send(before, headers)).status).toBe(200);
    await before.stop();
    running.splice(running.indexOf(before), 1);
    const after = await start(file);
    expect(await send(after, headers)).toEqual(REPLAY);
    expect((await send(after, captured())).status).toBe(200);
  });

  it('refuses it on a second process of Salud sharing one Postgres database', async () => {
    postgres = await freshPostgresDatabase('salud');
    const [first, second] = [await start(postgres.location), await start(postgres.location)];
    const headers = captured();
    expect((await send(first, headers)).status).toBe(200);
    expect(await send(second, headers)).toEqual(REPLAY);
    expect(await send(first, headers)).toEqual(REPLAY);
  });
});
