import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE action ADD COLUMN version INTEGER NOT NULL DEFAULT 1`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE action DROP COLUMN version`.execute(db);
}
