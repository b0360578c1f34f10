import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// Every subgraph that writes (the plan and each ministry) keeps the same audit tables, so this folder
// is migrated in all of them.
//
// A change record names the cut it was made in, so reading an approved cut shows only the history as
// approved for it: a correction made later, in another cut, belongs to that later cut. And an
// idempotency key keeps the answer it was first given, so a retry gets that answer whatever happened
// since (the cut approved and locked, the value corrected again).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE change_log ADD COLUMN cut_id TEXT`.execute(db);
  // A cut's own transitions name it. Other records made before this migration name no cut: where the
  // database has only ever had one cut they were made in it; elsewhere the cut is not known and stays
  // NULL, which every reading shows (never hidden, never guessed).
  await sql`UPDATE change_log SET cut_id = entity_key WHERE entity = 'cut'`.execute(db);
  await sql`UPDATE change_log SET cut_id = (SELECT min(id) FROM report_cut)
             WHERE cut_id IS NULL AND (SELECT count(*) FROM report_cut) = 1`.execute(db);
  await db.schema.createIndex('change_log_cut_idx').on('change_log').columns(['cut_id', 'id']).execute();
  await sql`ALTER TABLE idempotent_request ADD COLUMN response TEXT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('change_log_cut_idx').execute();
  await sql`ALTER TABLE change_log DROP COLUMN cut_id`.execute(db);
  await sql`ALTER TABLE idempotent_request DROP COLUMN response`.execute(db);
}
