import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase, statementCount } from '@cnim/kit';
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

/**
 * Opens the benchmark's databases as they are: the subgraph processes have already migrated and seeded
 * them, and the floor only reads.
 */
export function openFloorDatabases(dir: string): FloorDatabases & { statements(): number; destroy(): Promise<void> } {
  const path = (name: string) => join(dir, `${name}.sqlite`);
  const databases: FloorDatabases = {
    plan: openDatabase<PlanDatabase>(path('plan')),
    igualdad: openDatabase<IgualdadDatabase>(path('igualdad')),
    salud: openDatabase<SaludDatabase>(path('salud')),
    sena: openDatabase<SenaDatabase>(path('sena')),
    educacion: openDatabase<EducacionDatabase>(path('educacion')),
    trabajo: openDatabase<TrabajoDatabase>(path('trabajo')),
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
