import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// Values a ministry records after the November 2025 report. One with the id of a report fact
// corrects it; the report's own rows are never changed, so the history keeps both.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('recorded_value')
    .addColumn('id', 'text', (col) => col.primaryKey())
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
    .execute();
  await db.schema
    .createIndex('recorded_value_slice_idx')
    .on('recorded_value')
    .columns(['indicator_code', 'period_id', 'territory_code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('recorded_value').execute();
}
