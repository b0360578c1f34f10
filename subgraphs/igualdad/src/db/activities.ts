import type { Kysely } from 'kysely';
import type { CommunitySpaceRow, Database, MigrationRoundtableRow, TechnicalTableRow, TrainingRow } from './database.js';

export async function listTrainingCriteria(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('training_criterion').select('text').orderBy('position').execute();
  return rows.map((row) => row.text);
}

export function listTrainings(db: Kysely<Database>): Promise<TrainingRow[]> {
  return db.selectFrom('training').selectAll().orderBy('position').execute();
}

export function listCommunitySpaces(db: Kysely<Database>, municipalityCode?: string): Promise<CommunitySpaceRow[]> {
  let query = db.selectFrom('community_space').selectAll();
  if (municipalityCode) query = query.where('municipality_code', '=', municipalityCode);
  return query.orderBy('position').execute();
}

export async function sumCommunityParticipants(db: Kysely<Database>): Promise<number> {
  const { total } = await db
    .selectFrom('community_space')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('participants'), eb.lit(0)).as('total'))
    .executeTakeFirstOrThrow();
  return total;
}

export function listRoundtables(db: Kysely<Database>, departmentCode?: string): Promise<MigrationRoundtableRow[]> {
  let query = db.selectFrom('migration_roundtable').selectAll();
  if (departmentCode) query = query.where('department_code', '=', departmentCode);
  return query.orderBy('position').execute();
}

export function listTechnicalTables(db: Kysely<Database>): Promise<TechnicalTableRow[]> {
  return db.selectFrom('technical_table').selectAll().orderBy('position').execute();
}

export async function listTechnicalTableEntities(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('technical_table_entity').select('name').orderBy('position').execute();
  return rows.map((row) => row.name);
}
