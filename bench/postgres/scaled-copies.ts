import { copyDatabase, SUBGRAPH_NAMES, type SubgraphName } from '@cnim/kit';
import { loadDefinition } from '../../scripts/subgraph-definitions.js';
import { scaledDatabasePath } from '../scaled-data/scaled-databases.js';
import type { BenchPostgres } from './postgres-server.js';

/** One subgraph's scaled data as copied to Postgres. */
export interface ScaledCopy {
  subgraph: SubgraphName;
  tables: number;
  rows: number;
  /** copyDatabase's whole time: migrating the target, writing every row, reading each table back to compare digests, VACUUM ANALYZE. */
  seconds: number;
}

/**
 * The scaled data on the Postgres server: each subgraph's SQLite file copied into a database of its
 * own by copyDatabase, as a ministry moving to Postgres would (`npm run db:copy`), so both engines
 * serve the same rows and the copy is exercised at the benchmark's scale.
 */
export async function copyScaledData(
  server: BenchPostgres,
  dataDir: string,
  log: (message: string) => void,
): Promise<{ locations: Record<SubgraphName, string>; copies: ScaledCopy[] }> {
  const locations = {} as Record<SubgraphName, string>;
  const copies: ScaledCopy[] = [];
  for (const subgraph of SUBGRAPH_NAMES) {
    const definition = await loadDefinition(subgraph);
    const location = await server.createDatabase(`cnim_bench_${subgraph}`);
    const copyStarted = performance.now();
    const tables = await copyDatabase(definition, scaledDatabasePath(dataDir, subgraph), location);
    const seconds = (performance.now() - copyStarted) / 1000;
    const copy = { subgraph, tables: tables.length, rows: tables.reduce((sum, table) => sum + table.rows, 0), seconds };
    log(
      `Postgres: ${subgraph} copiado en ${copy.seconds.toFixed(1)} s (${copy.rows} filas de ${copy.tables} tablas, cada tabla comprobada)`,
    );
    locations[subgraph] = location;
    copies.push(copy);
  }
  return { locations, copies };
}
