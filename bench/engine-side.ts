import { SUBGRAPH_NAMES } from '@cnim/kit';
import type { DatabaseLocations } from './floor/floor-databases.js';
import { startChild, type Child } from './processes/child.js';

/** The six subgraph processes over one engine's databases, and that engine's server if it runs one. */
export interface EngineSide {
  /** Each subgraph's database: the scaled SQLite files, or their copies on the Postgres server. */
  locations: DatabaseLocations;
  subgraphs: Child[];
  subgraphUrls: Record<string, string>;
  /** CPU time of the database server's processes so far, in milliseconds (Postgres on this machine). */
  serverCpuMs?: () => number;
  stop(): Promise<void>;
}

const stopAll = async (children: readonly Child[]) => void (await Promise.all(children.map((child) => child.stop())));

const SUBGRAPH_ENTRY = new URL('./processes/subgraph.ts', import.meta.url);

/** Starts the registry's subgraphs over `locations`, each its own process; if one cannot start, the others are stopped. */
export async function startEngineSide(locations: DatabaseLocations, serverCpuMs?: () => number): Promise<EngineSide> {
  const started = await Promise.allSettled(
    SUBGRAPH_NAMES.map((name) => startChild(SUBGRAPH_ENTRY, { BENCH_SUBGRAPH: name, BENCH_DB_PATH: locations[name] })),
  );
  const subgraphs = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await stopAll(subgraphs);
    throw failed.reason;
  }
  return {
    locations,
    subgraphs,
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name, index) => [name, subgraphs[index]!.url])),
    serverCpuMs,
    stop: () => stopAll(subgraphs),
  };
}
