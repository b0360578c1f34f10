import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The plan is reported cut after cut. Everything a ministry held before this migration is what it
// reported for the November 2025 report, so it becomes cut 2025-11, approved. That report prints a
// month and no day: its closing day (2025-11-30) is derived from the month and marked as derived.
// One-way: recorded values change their primary key to (id, cut), which cannot be undone without
// losing the later cuts' values, so there is no `down`.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_cut')
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
    .execute();
  await db
    .insertInto('report_cut')
    .values({ id: '2025-11', label: 'Noviembre 2025', closing_date: '2025-11-30', closing_date_derived: 1, status: 'APPROVED', version: 1 })
    .execute();

  // A cut's narrative and action status; the report's own narrative stays in `action` (cut 2025-11).
  await db.schema
    .createTable('action_report')
    .addColumn('action_number', 'integer', (col) => col.notNull().references('action.number'))
    .addColumn('cut_id', 'text', (col) => col.notNull().references('report_cut.id'))
    .addColumn('narrative', 'text')
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status IN ('NOT_REPORTED', 'NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED')`),
    )
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('action_report_pk', ['action_number', 'cut_id'])
    .execute();

  // A cut's task statuses, with the progress the owner reports if any; `task` keeps cut 2025-11's.
  await db.schema
    .createTable('task_report')
    .addColumn('action_number', 'integer', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('cut_id', 'text', (col) => col.notNull().references('report_cut.id'))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status IN ('NOT_REPORTED', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')`))
    .addColumn('progress_percent', 'real', (col) => col.check(sql`progress_percent BETWEEN 0 AND 100`))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addForeignKeyConstraint('task_report_task_fk', ['action_number', 'position'], 'task', ['action_number', 'position'])
    .addPrimaryKeyConstraint('task_report_pk', ['action_number', 'position', 'cut_id'])
    .execute();

  // A recorded value belongs to the cut it was reported in; a later cut never overwrites it, and
  // `recorded_at` lets a BI tool ask only for what changed.
  await sql`ALTER TABLE recorded_value RENAME TO recorded_value_before_cuts`.execute(db);
  await sql`DROP INDEX recorded_value_slice_idx`.execute(db);
  await sql`DROP INDEX recorded_value_action_idx`.execute(db);
  await db.schema
    .createTable('recorded_value')
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('cut_id', 'text', (col) => col.notNull().references('report_cut.id'))
    .addColumn('indicator_code', 'text', (col) => col.notNull().references('indicator.code'))
    .addColumn('action_number', 'integer', (col) => col.notNull())
    .addColumn('ministry', 'text', (col) => col.notNull())
    .addColumn('territory_level', 'text', (col) => col.notNull())
    .addColumn('territory_code', 'text')
    .addColumn('period_id', 'text', (col) => col.notNull().references('period.id'))
    .addColumn('period_start', 'text', (col) => col.notNull())
    .addColumn('period_end', 'text', (col) => col.notNull())
    .addColumn('site', 'text', (col) => col.notNull())
    .addColumn('sex', 'text', (col) => col.notNull().check(sql`sex IN ('TOTAL', 'FEMALE', 'MALE')`))
    .addColumn('nationality', 'text', (col) => col.notNull().check(sql`nationality IN ('TOTAL', 'VENEZUELAN')`))
    .addColumn('value', 'real', (col) => col.notNull().check(sql`value >= 0`))
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('recorded_value_pk', ['id', 'cut_id'])
    .execute();
  await sql`
    INSERT INTO recorded_value
    SELECT id, '2025-11', indicator_code, action_number, ministry, territory_level, territory_code, period_id,
           period_start, period_end, site, sex, nationality, value, unit, version,
           ${new Date().toISOString()}
      FROM recorded_value_before_cuts
  `.execute(db);
  await sql`DROP TABLE recorded_value_before_cuts`.execute(db);
  await db.schema
    .createIndex('recorded_value_slice_idx')
    .on('recorded_value')
    .columns(['indicator_code', 'period_id', 'territory_code'])
    .execute();
  await db.schema.createIndex('recorded_value_action_idx').on('recorded_value').column('action_number').execute();
  await db.schema.createIndex('recorded_value_recorded_at_idx').on('recorded_value').column('recorded_at').execute();

  // An indicator whose value can never exceed another's for the same territory and year
  // (transferred within allocated).
  await db.schema
    .alterTable('indicator')
    .addColumn('bounded_by', 'text', (col) => col.references('indicator.code'))
    .execute();
}
