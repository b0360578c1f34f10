import { createFigureLoaders, groupLoader } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Educación's accompaniments by territory and the facts its figures read, batched per request. */
export function createLoaders(db: Kysely<Database>) {
  return {
    ...createFigureLoaders(db),
    accompanimentsByMunicipality: groupLoader(
      (codes: readonly string[]) =>
        db.selectFrom('accompaniment').selectAll().where('municipality_code', 'in', codes).orderBy('position').execute(),
      (row) => row.municipality_code ?? '',
    ),
    accompanimentsByDepartment: groupLoader(
      (codes: readonly string[]) =>
        db.selectFrom('accompaniment').selectAll().where('department_code', 'in', codes).orderBy('position').execute(),
      (row) => row.department_code,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
