import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people_figure')
    .addColumn('action_number', 'integer', (col) => col.notNull().references('action.number'))
    .addColumn('code', 'text', (col) => col.notNull().check(sql`code IN ('MIGRANTS_ORIENTED', 'MIGRANTS_CERTIFIED')`))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('sex', 'text', (col) => col.notNull().check(sql`sex IN ('TOTAL', 'FEMALE')`))
    .addColumn('nationality', 'text', (col) => col.notNull().check(sql`nationality IN ('TOTAL', 'VENEZUELAN')`))
    .addColumn('people', 'integer', (col) => col.notNull().check(sql`people >= 0`))
    .addColumn('period_id', 'text', (col) => col.notNull().references('period.id'))
    .addColumn('period_as_written', 'text')
    .addPrimaryKeyConstraint('people_figure_pk', ['action_number', 'code', 'sex', 'nationality', 'period_id'])
    .execute();
  await db.schema
    .createTable('programme')
    .addColumn('action_number', 'integer', (col) => col.primaryKey().references('action.number'))
    .addColumn('description_as_written', 'text', (col) => col.notNull())
    .addColumn('target_met', 'integer', (col) => col.check(sql`target_met IN (0, 1)`))
    .addColumn('training_centres', 'integer', (col) => col.check(sql`training_centres >= 0`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('programme').execute();
  await db.schema.dropTable('people_figure').execute();
}
