import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// Like plan_action, the indicator index holds codes and owners only; each ministry owns the sheets.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_indicator')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('position', 'integer', (col) => col.notNull().unique())
    .addColumn('ministry', 'text', (col) => col.notNull().check(sql`ministry IN ('IGUALDAD', 'SALUD', 'SENA', 'EDUCACION', 'TRABAJO')`))
    .addColumn('action_number', 'integer', (col) => col.notNull().references('plan_action.number'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_indicator').execute();
}
