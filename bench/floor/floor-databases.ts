import type { Kysely } from 'kysely';
import { openDatabase, statementCount, type SubgraphName } from '@cnim/kit';
import type { Database as EducacionDatabase } from '../../subgraphs/educacion/src/db/database.js';
import type { Database as IgualdadDatabase } from '../../subgraphs/igualdad/src/db/database.js';
import type { Database as PlanDatabase } from '../../subgraphs/plan/src/db/database.js';
import type { Database as SaludDatabase } from '../../subgraphs/salud/src/db/database.js';
import type { Database as SenaDatabase } from '../../subgraphs/sena/src/db/database.js';
import type { Database as TrabajoDatabase } from '../../subgraphs/trabajo/src/db/database.js';

/** The six databases the subgraphs serve, opened by the floor door in its own process. */
export interface FloorDatabases {
  plan: Kysely<PlanDatabase>;
  igualdad: Kysely<IgualdadDatabase>;
  salud: Kysely<SaludDatabase>;
  sena: Kysely<SenaDatabase>;
  educacion: Kysely<EducacionDatabase>;
  trabajo: Kysely<TrabajoDatabase>;
}

/** Where each subgraph's database is: a SQLite file or a Postgres URL, as the subgraphs are given them. */
export type DatabaseLocations = Record<SubgraphName, string>;

/**
 * Opens the benchmark's databases as they are, on whichever engine the subgraphs run: the subgraph
 * processes have already migrated and seeded them, and the floor only reads.
 */
export function openFloorDatabases(locations: DatabaseLocations): FloorDatabases & { statements(): number; destroy(): Promise<void> } {
  const databases: FloorDatabases = {
    plan: openDatabase<PlanDatabase>(locations.plan),
    igualdad: openDatabase<IgualdadDatabase>(locations.igualdad),
    salud: openDatabase<SaludDatabase>(locations.salud),
    sena: openDatabase<SenaDatabase>(locations.sena),
    educacion: openDatabase<EducacionDatabase>(locations.educacion),
    trabajo: openDatabase<TrabajoDatabase>(locations.trabajo),
  };
  const all = Object.values(databases) as Array<Kysely<unknown>>;
  return {
    ...databases,
    statements: () => all.reduce((sum, db) => sum + statementCount(db), 0),
    destroy: async () => {
      await Promise.all(all.map((db) => db.destroy()));
    },
  };
}
