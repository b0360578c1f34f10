import { narrowTo } from '../../platform/narrow.js';
import type { Kysely, Selectable } from 'kysely';
import { DEPARTMENTS, MUNICIPALITIES, assertDepartmentCode, assertMunicipalityCode } from './divipola.js';
import { notFound } from '../../graphql/errors.js';
import { groupLoader, oneLoader } from '../../platform/loaders.js';

export interface DepartmentTable {
  code: string;
  name: string;
}

export interface MunicipalityTable {
  code: string;
  name: string;
  department_code: string;
}

/** The DIVIPOLA tables every subgraph's database holds, so its figures can reference territories by foreign key. */
export interface TerritoryDatabase {
  department: DepartmentTable;
  municipality: MunicipalityTable;
}

export type DepartmentRow = Selectable<DepartmentTable>;
export type MunicipalityRow = Selectable<MunicipalityTable>;

const territories = narrowTo<TerritoryDatabase>();

/** Loads the shipped DIVIPOLA catalogue; entries already present are left as they are. */
export async function seedTerritories<DB extends TerritoryDatabase>(db: Kysely<DB>): Promise<void> {
  await territories(db)
    .insertInto('department')
    .values(DEPARTMENTS.map(({ code, name }) => ({ code, name })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await territories(db)
    .insertInto('municipality')
    .values(MUNICIPALITIES.map(({ code, name, departmentCode }) => ({ code, name, department_code: departmentCode })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export function findDepartment<DB extends TerritoryDatabase>(db: Kysely<DB>, code: string): Promise<DepartmentRow | undefined> {
  return territories(db).selectFrom('department').selectAll().where('code', '=', code).executeTakeFirst();
}

export function findMunicipality<DB extends TerritoryDatabase>(db: Kysely<DB>, code: string): Promise<MunicipalityRow | undefined> {
  return territories(db).selectFrom('municipality').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listDepartments<DB extends TerritoryDatabase>(db: Kysely<DB>): Promise<DepartmentRow[]> {
  return territories(db).selectFrom('department').selectAll().orderBy('code').execute();
}

/** Root lookup: rejects a malformed code, and says so when a well-formed code is not in the catalogue. */
export async function getDepartment<DB extends TerritoryDatabase>(db: Kysely<DB>, code: string): Promise<DepartmentRow> {
  assertDepartmentCode(code);
  const row = await findDepartment(db, code);
  if (!row) throw notFound('code', `No hay un departamento con código DIVIPOLA "${code}" en el catálogo.`);
  return row;
}

export async function getMunicipality<DB extends TerritoryDatabase>(db: Kysely<DB>, code: string): Promise<MunicipalityRow> {
  assertMunicipalityCode(code);
  const row = await findMunicipality(db, code);
  if (!row) throw notFound('code', `No hay un municipio con código DIVIPOLA "${code}" en el catálogo.`);
  return row;
}

/** Per-request batched territory lookups, shared by every subgraph's Department and Municipality resolvers. */
export function createTerritoryLoaders<DB extends TerritoryDatabase>(db: Kysely<DB>) {
  const tables = territories(db);
  return {
    department: oneLoader(
      (codes: readonly string[]) => tables.selectFrom('department').selectAll().where('code', 'in', codes).execute(),
      (row) => row.code,
    ),
    municipality: oneLoader(
      (codes: readonly string[]) => tables.selectFrom('municipality').selectAll().where('code', 'in', codes).execute(),
      (row) => row.code,
    ),
    municipalitiesOf: groupLoader(
      (codes: readonly string[]) =>
        tables.selectFrom('municipality').selectAll().where('department_code', 'in', codes).orderBy('code').execute(),
      (row) => row.department_code,
    ),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;
