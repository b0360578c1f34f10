import { groupLoader } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Trabajo's RNFL figures by department, batched per request. */
export function createLoaders(db: Kysely<Database>) {
  return {
    rnflByDepartment: groupLoader(
      (codes: readonly string[]) => db.selectFrom('rnfl_department').selectAll().where('department_code', 'in', codes).orderBy('position').execute(),
      (row) => row.department_code,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
