import { createFigureLoaders, groupLoader } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Igualdad's stated figures, its rows by territory and the facts its figures read, batched per request. */
export function createLoaders(db: Kysely<Database>) {
  return {
    ...createFigureLoaders(db),
    statedFigures: groupLoader(
      (numbers: readonly number[]) => db.selectFrom('stated_figure').selectAll().where('action_number', 'in', numbers).execute(),
      (row) => row.action_number,
    ),
    centresByMunicipality: groupLoader(
      (codes: readonly string[]) =>
        db.selectFrom('integrate_centre').selectAll().where('municipality_code', 'in', codes).orderBy('position').execute(),
      (row) => row.municipality_code,
    ),
    centresByDepartment: groupLoader(
      (codes: readonly string[]) =>
        db
          .selectFrom('integrate_centre')
          .innerJoin('municipality', 'municipality.code', 'integrate_centre.municipality_code')
          .selectAll('integrate_centre')
          .select('municipality.department_code')
          .where('municipality.department_code', 'in', codes)
          .orderBy('integrate_centre.position')
          .execute(),
      (row) => row.department_code,
    ),
    spacesByMunicipality: groupLoader(
      (codes: readonly string[]) =>
        db.selectFrom('community_space').selectAll().where('municipality_code', 'in', codes).orderBy('position').execute(),
      (row) => row.municipality_code ?? '',
    ),
    roundtablesByDepartment: groupLoader(
      (codes: readonly string[]) =>
        db.selectFrom('migration_roundtable').selectAll().where('department_code', 'in', codes).orderBy('position').execute(),
      (row) => row.department_code,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
