import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The secretariat now opens, approves and reopens cuts, and records the plan's progress per cut, with
// the same protocol as the ministries' writes: a version per cut and an audit log. The cut table
// takes the same shape as every ministry's (a status, a closing date, a version) plus the plan's own
// columns. The November 2025 report prints a month: its closing day is derived, and marked so.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_cut_lifecycle')
    .addColumn('id', 'text', (col) =>
      col
        .primaryKey()
        .check(
          sql`length(id) = 7 AND substr(id, 5, 1) = '-' AND substr(id, 6, 1) IN ('0', '1') AND ltrim(substr(id, 1, 4) || substr(id, 6, 2), '0123456789') = ''`,
        ),
    )
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('closing_date', 'text', (col) => col.notNull())
    .addColumn('closing_date_derived', 'integer', (col) => col.notNull().check(sql`closing_date_derived IN (0, 1)`))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status IN ('OPEN', 'SUBMITTED', 'APPROVED')`))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('report_title', 'text', (col) => col.notNull())
    .addColumn('overall_progress_percent', 'integer', (col) => col.check(sql`overall_progress_percent BETWEEN 0 AND 100`))
    .execute();
  await sql`
    INSERT INTO report_cut_lifecycle
    SELECT id, label, '', 1, state, 1, report_title, overall_progress_percent FROM report_cut
  `.execute(db);
  // The month's last day, computed here rather than in SQL: SQLite and Postgres spell date arithmetic differently.
  for (const { id } of await db.selectFrom('report_cut_lifecycle').select('id').execute()) {
    const [year, month] = (id as string).split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    await db.updateTable('report_cut_lifecycle').set({ closing_date: lastDay }).where('id', '=', id).execute();
  }
  await db.schema.dropTable('report_cut').execute();
  await sql`ALTER TABLE report_cut_lifecycle RENAME TO report_cut`.execute(db);

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
