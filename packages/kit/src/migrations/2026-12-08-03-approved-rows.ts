import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// While a ministry's cut is reopened after approval, its approved rows are kept here, and the
// `published_*` views give every reader who does not edit the cut the rows as approved: the live rows of
// every other cut, the kept rows of a reopened one, and the audit log without what was changed since
// the reopening. Writers read the live tables.
const VALUE_COLUMNS = [
  'id',
  'cut_id',
  'indicator_code',
  'action_number',
  'ministry',
  'territory_level',
  'territory_code',
  'period_id',
  'period_start',
  'period_end',
  'site',
  'sex',
  'nationality',
  'value',
  'unit',
  'version',
  'recorded_at',
].join(', ');

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('approved_recorded_value')
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('cut_id', 'text', (col) => col.notNull().references('approved_cut_snapshot.cut_id').onDelete('cascade'))
    .addColumn('indicator_code', 'text', (col) => col.notNull())
    .addColumn('action_number', 'integer', (col) => col.notNull())
    .addColumn('ministry', 'text', (col) => col.notNull())
    .addColumn('territory_level', 'text', (col) => col.notNull())
    .addColumn('territory_code', 'text')
    .addColumn('period_id', 'text', (col) => col.notNull())
    .addColumn('period_start', 'text', (col) => col.notNull())
    .addColumn('period_end', 'text', (col) => col.notNull())
    .addColumn('site', 'text', (col) => col.notNull())
    .addColumn('sex', 'text', (col) => col.notNull())
    .addColumn('nationality', 'text', (col) => col.notNull())
    .addColumn('value', 'real', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('approved_recorded_value_pk', ['id', 'cut_id'])
    .execute();
  await db.schema
    .createTable('approved_action_report')
    .addColumn('action_number', 'integer', (col) => col.notNull())
    .addColumn('cut_id', 'text', (col) => col.notNull().references('approved_cut_snapshot.cut_id').onDelete('cascade'))
    .addColumn('narrative', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('approved_action_report_pk', ['action_number', 'cut_id'])
    .execute();
  await db.schema
    .createTable('approved_task_report')
    .addColumn('action_number', 'integer', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('cut_id', 'text', (col) => col.notNull().references('approved_cut_snapshot.cut_id').onDelete('cascade'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('progress_percent', 'real')
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('approved_task_report_pk', ['action_number', 'position', 'cut_id'])
    .execute();

  const reopened = 'SELECT cut_id FROM approved_cut_snapshot';
  await sql`CREATE VIEW published_recorded_value AS
    SELECT ${sql.raw(VALUE_COLUMNS)} FROM recorded_value WHERE cut_id NOT IN (${sql.raw(reopened)})
    UNION ALL SELECT ${sql.raw(VALUE_COLUMNS)} FROM approved_recorded_value`.execute(db);
  await sql`CREATE VIEW published_action_report AS
    SELECT action_number, cut_id, narrative, status, version FROM action_report WHERE cut_id NOT IN (${sql.raw(reopened)})
    UNION ALL SELECT action_number, cut_id, narrative, status, version FROM approved_action_report`.execute(db);
  await sql`CREATE VIEW published_task_report AS
    SELECT action_number, position, cut_id, status, progress_percent, version FROM task_report WHERE cut_id NOT IN (${sql.raw(reopened)})
    UNION ALL SELECT action_number, position, cut_id, status, progress_percent, version FROM approved_task_report`.execute(db);
  await sql`CREATE VIEW published_change_log AS
    SELECT * FROM change_log WHERE NOT EXISTS (
      SELECT 1 FROM approved_cut_snapshot WHERE approved_cut_snapshot.cut_id = change_log.cut_id AND change_log.id > approved_cut_snapshot.last_change_id
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const view of ['published_change_log', 'published_task_report', 'published_action_report', 'published_recorded_value']) {
    await db.schema.dropView(view).execute();
  }
  for (const table of ['approved_task_report', 'approved_action_report', 'approved_recorded_value'])
    await db.schema.dropTable(table).execute();
}
