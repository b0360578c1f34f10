import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { IN_MEMORY, SUBGRAPH_NAMES, type SubgraphName } from '@cnim/kit';
import { inject } from 'vitest';

/**
 * Which subgraphs the tests run on Postgres: `CNIM_TEST_POSTGRES` lists them (comma-separated), or
 * says `all`. The others run on SQLite in memory. vitest.config.ts sets it per project: a mixed run
 * of every test and a run of the contract and end-to-end suites with all of them on Postgres.
 */
export function postgresSubgraphs(): readonly SubgraphName[] {
  const listed = (process.env.CNIM_TEST_POSTGRES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (listed.includes('all')) return SUBGRAPH_NAMES;
  const unknown = listed.filter((name) => !SUBGRAPH_NAMES.includes(name as SubgraphName));
  if (unknown.length) throw new Error(`CNIM_TEST_POSTGRES nombra subgrafos que no existen: ${unknown.join(', ')}`);
  return listed as SubgraphName[];
}

export interface FreshDatabase {
  /** What a subgraph's `database` option (or `<NAME>_DATABASE_URL`) takes. */
  location: string;
  drop(): Promise<void>;
}

let admin: pg.Pool | undefined;

/** Creates and drops the tests' databases; a pool, as a graph's subgraphs stop at the same time. */
function adminPool(): pg.Pool {
  admin ??= new pg.Pool({ connectionString: inject('postgresUrl'), max: 2 });
  return admin;
}

/** A database on the run's Postgres server, which a test can also make unreachable, as a server that stops answering. */
export interface FreshPostgresDatabase extends FreshDatabase {
  /** `false` refuses new connections and ends the open ones; `true` accepts them again. */
  setReachable(reachable: boolean): Promise<void>;
}

/** A new, empty database on the run's Postgres server (postgres-server.ts), sorting text by bytes; dropped by `drop`. */
export async function freshPostgresDatabase(label: string): Promise<FreshPostgresDatabase> {
  const name = `cnim_${label}_${randomBytes(6).toString('hex')}`;
  const client = adminPool();
  await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return {
    location: url.toString(),
    drop: async () => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    async setReachable(reachable) {
      await client.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS ${reachable}`);
      if (!reachable) await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    },
  };
}

/** A fresh database for a subgraph: on Postgres when the run puts it there, otherwise SQLite in memory. */
export async function freshDatabase(name: SubgraphName): Promise<FreshDatabase> {
  if (postgresSubgraphs().includes(name)) return freshPostgresDatabase(name);
  return { location: IN_MEMORY, drop: async () => {} };
}
