import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The plan's tables moved here from Igualdad's database. Owners are not checked against a fixed list
// of ministries: the registry (graph.config.ts) says who participates, and a new one needs no migration.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dataset')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('loaded_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('plan')
    .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('report_title', 'text', (col) => col.notNull())
    .addColumn('report_cut', 'text', (col) => col.notNull())
    .addColumn('objective', 'text', (col) => col.notNull())
    .addColumn('overall_progress_percent', 'integer', (col) => col.notNull().check(sql`overall_progress_percent BETWEEN 0 AND 100`))
    .execute();
  await db.schema
    .createTable('strategic_axis')
    .addColumn('number', 'integer', (col) => col.primaryKey())
    .addColumn('text', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('plan_action')
    .addColumn('number', 'integer', (col) => col.primaryKey().check(sql`number >= 1`))
    .addColumn('ministry', 'text', (col) => col.notNull())
    .addColumn('owner_in_report', 'integer', (col) => col.notNull().check(sql`owner_in_report IN (0, 1)`))
    .execute();
  await db.schema
    .createTable('plan_indicator')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('position', 'integer', (col) => col.notNull().unique())
    .addColumn('ministry', 'text', (col) => col.notNull())
    .addColumn('action_number', 'integer', (col) => col.notNull().references('plan_action.number'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_indicator').execute();
  await db.schema.dropTable('plan_action').execute();
  await db.schema.dropTable('strategic_axis').execute();
  await db.schema.dropTable('plan').execute();
  await db.schema.dropTable('dataset').execute();
}
