import { groupLoader } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Salud's allocations by territory, batched per request. */
export function createLoaders(db: Kysely<Database>) {
  return {
    allocationsByMunicipality: groupLoader(
      (codes: readonly string[]) => db.selectFrom('psychosocial_allocation').selectAll().where('municipality_code', 'in', codes).orderBy('position').execute(),
      (row) => row.municipality_code,
    ),
    allocationsByDepartment: groupLoader(
      (codes: readonly string[]) =>
        db
          .selectFrom('psychosocial_allocation')
          .innerJoin('municipality', 'municipality.code', 'psychosocial_allocation.municipality_code')
          .selectAll('psychosocial_allocation')
          .select('municipality.department_code')
          .where('municipality.department_code', 'in', codes)
          .orderBy('psychosocial_allocation.position')
          .execute(),
      (row) => row.department_code,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
