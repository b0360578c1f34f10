import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  // The report gives no task statuses, so every task starts as NOT_REPORTED rather than a guess.
  await sql`ALTER TABLE task ADD COLUMN status TEXT NOT NULL DEFAULT 'NOT_REPORTED'
    CHECK (status IN ('NOT_REPORTED', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'))`.execute(db);
  await sql`ALTER TABLE task ADD COLUMN version INTEGER NOT NULL DEFAULT 1`.execute(db);
  await db.schema
    .createTable('change_log')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_key', 'text', (col) => col.notNull())
    .addColumn('field', 'text', (col) => col.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('ministry', 'text')
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('idempotency_key', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('change_log_entity_idx').on('change_log').columns(['entity', 'entity_key']).execute();
  await db.schema
    .createTable('idempotent_request')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('request', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotent_request').execute();
  await db.schema.dropTable('change_log').execute();
  await sql`ALTER TABLE task DROP COLUMN version`.execute(db);
  await sql`ALTER TABLE task DROP COLUMN status`.execute(db);
}
