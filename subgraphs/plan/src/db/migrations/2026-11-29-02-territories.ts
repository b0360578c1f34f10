import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The plan serves the root territory queries (`departments`, `department`, `municipality`), so it keeps
// its own copy of the DIVIPOLA catalogue, like every ministry; the kit seeds and imports it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('department')
    .addColumn('code', 'text', (col) => col.primaryKey().check(sql`length(code) = 2 AND ltrim(code, '0123456789') = ''`))
    .addColumn('name', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('municipality')
    .addColumn('code', 'text', (col) => col.primaryKey().check(sql`length(code) = 5 AND ltrim(code, '0123456789') = ''`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('department_code', 'text', (col) => col.notNull().references('department.code'))
    .execute();
  await db.schema.createIndex('municipality_department_idx').on('municipality').column('department_code').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('municipality').execute();
  await db.schema.dropTable('department').execute();
}
