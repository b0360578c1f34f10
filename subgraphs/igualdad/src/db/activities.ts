import type { Kysely } from 'kysely';
import type { CommunitySpaceRow, Database, MigrationRoundtableRow, TechnicalTableRow, TrainingRow } from './database.js';

export async function listTrainingCriteria(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('training_criterion').select('text').orderBy('position').execute();
  return rows.map((row) => row.text);
}

export function listTrainings(db: Kysely<Database>): Promise<TrainingRow[]> {
  return db.selectFrom('training').selectAll().orderBy('position').execute();
}

export function listCommunitySpaces(db: Kysely<Database>): Promise<CommunitySpaceRow[]> {
  return db.selectFrom('community_space').selectAll().orderBy('position').execute();
}

export async function sumCommunityParticipants(db: Kysely<Database>): Promise<number> {
  const { total } = await db
    .selectFrom('community_space')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('participants'), eb.lit(0)).as('total'))
    .executeTakeFirstOrThrow();
  return total;
}

export function listRoundtables(db: Kysely<Database>): Promise<MigrationRoundtableRow[]> {
  return db.selectFrom('migration_roundtable').selectAll().orderBy('position').execute();
}

export function listTechnicalTables(db: Kysely<Database>): Promise<TechnicalTableRow[]> {
  return db.selectFrom('technical_table').selectAll().orderBy('position').execute();
}

export async function listTechnicalTableEntities(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('technical_table_entity').select('name').orderBy('position').execute();
  return rows.map((row) => row.name);
}
