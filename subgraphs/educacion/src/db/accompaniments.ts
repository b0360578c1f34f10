import type { Kysely } from 'kysely';
import type { AccompanimentRow, Database } from './database.js';

/** Accompaniments in the order the report names the secretariats. */
export function listAccompaniments(db: Kysely<Database>): Promise<AccompanimentRow[]> {
  return db.selectFrom('accompaniment').selectAll().orderBy('position').execute();
}

export async function listTopics(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('accompaniment_topic').select('text').orderBy('position').execute();
  return rows.map((row) => row.text);
}

export async function findStatedSecretariatCount(db: Kysely<Database>, actionNumber: number): Promise<number | null> {
  const row = await db
    .selectFrom('stated_count')
    .select('value')
    .where('action_number', '=', actionNumber)
    .where('code', '=', 'SECRETARIATS_ACCOMPANIED')
    .executeTakeFirst();
  return row?.value ?? null;
}

/** Action 11's programme: the count the report states; its topics and rows are read when asked for. */
export interface Circular038View {
  statedSecretariatCount: number;
}
