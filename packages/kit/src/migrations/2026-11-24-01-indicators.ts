import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicator')
    .addColumn('code', 'text', (col) => col.primaryKey())
    .addColumn('position', 'integer', (col) => col.notNull().unique())
    .addColumn('action_number', 'integer', (col) => col.notNull().references('action.number'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull().check(sql`unit IN ('PEOPLE', 'COP', 'COUNT')`))
    .addColumn('accumulation', 'text', (col) => col.notNull().check(sql`accumulation IN ('STOCK', 'FLOW', 'CUMULATIVE')`))
    .addColumn('territory_level', 'text', (col) => col.notNull().check(sql`territory_level IN ('NATIONAL', 'DEPARTMENT', 'MUNICIPALITY')`))
    .addColumn('baseline', 'real')
    .addColumn('target', 'real')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicator').execute();
}
