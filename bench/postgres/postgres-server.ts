import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { redactedLocation } from '@cnim/kit';
import { freePort } from '../front-doors/free-port.js';
import { processTreeCpuMs } from '../front-doors/process-usage.js';
import { startEmbeddedPostgres } from '../../scripts/embedded-postgres.js';

/** The Postgres server a run puts the subgraphs' databases on. */
export interface BenchPostgres {
  /** Which server, for the log and the results: embedded or BENCH_DATABASE_URL (without its password), and its version. */
  description: string;
  /** A new, empty database sorting text by bytes, as the subgraphs require; one a previous run left is replaced. */
  createDatabase(name: string): Promise<string>;
  /**
   * CPU time of the server's processes so far (the postmaster, its backends and background processes,
   * ended ones included), in milliseconds; absent for a server whose processes this machine cannot see.
   */
  cpuMs?: () => number;
  /** Stops and deletes an embedded server; on BENCH_DATABASE_URL's, drops the databases this run created. */
  stop(): Promise<void>;
}

// Each subgraph process holds a pool of up to 10 connections, and so does each of the floor's worker
// threads for each of its six databases: more than Postgres's default 100 at once.
const MAX_CONNECTIONS = 300;

/**
 * One Postgres server for the run: BENCH_DATABASE_URL if set (a server URL whose user may create
 * databases), otherwise the one embedded-postgres ships, in a temporary folder on a free port. The
 * embedded server keeps Postgres's durable defaults (fsync and synchronous commit on, unlike the
 * tests'), as a ministry's production server would, and sorts text by bytes from initdb.
 */
export async function startBenchPostgres(): Promise<BenchPostgres> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return onServer(given, `BENCH_DATABASE_URL (${redactedLocation(given)})`);
  const server = await startEmbeddedPostgres('bench', await freePort(), [`max_connections=${MAX_CONNECTIONS}`]);
  return onServer(server.url, 'embedded-postgres (fsync on)', { dataDir: server.dataDir, remove: server.stop });
}

/** The server started here, which the run deletes whole at the end. */
interface Embedded {
  dataDir: string;
  remove(): Promise<void>;
}

async function onServer(url: string, source: string, embedded?: Embedded): Promise<BenchPostgres> {
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch (error) {
    await embedded?.remove();
    throw error;
  }
  const created: string[] = [];
  try {
    const { rows } = await admin.query<{ server_version: string }>('show server_version');
    const postmaster = postmasterPid(embedded?.dataDir ?? (await dataDirectory(admin)));
    return {
      description: `${source}, Postgres ${rows[0]!.server_version}`,
      async createDatabase(name) {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
        created.push(name);
        const location = new URL(url);
        location.pathname = `/${name}`;
        return location.toString();
      },
      cpuMs: postmaster ? () => processTreeCpuMs(postmaster) : undefined,
      async stop() {
        try {
          if (!embedded) for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await admin.end();
          await embedded?.remove();
        }
      },
    };
  } catch (error) {
    await admin.end();
    await embedded?.remove();
    throw error;
  }
}

/** Where a given server keeps its data, if its user may see it (a superuser, or pg_read_all_settings). */
async function dataDirectory(admin: pg.Client): Promise<string | undefined> {
  try {
    const { rows } = await admin.query<{ data_directory: string }>('show data_directory');
    return rows[0]!.data_directory;
  } catch {
    return undefined;
  }
}

/**
 * The postmaster's process id, the first line of its data folder's `postmaster.pid`, so its processes
 * are measured too; undefined for a server on another machine (or whose folder this user cannot read).
 */
function postmasterPid(dataDir: string | undefined): number | undefined {
  try {
    return dataDir === undefined ? undefined : Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}
