import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
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
  await db.schema
    .createTable('period')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('start_date', 'text', (col) => col.notNull())
    .addColumn('end_date', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('action')
    .addColumn('number', 'integer', (col) => col.primaryKey().check(sql`number BETWEEN 1 AND 15`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('report_cut', 'text', (col) => col.notNull())
    .addColumn('narrative', 'text')
    .execute();
  await db.schema
    .createTable('task')
    .addColumn('action_number', 'integer', (col) => col.notNull().references('action.number'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('number', 'integer')
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('deadline_text', 'text')
    .addColumn('deadline_date', 'text')
    .addColumn('deadline_validity', 'text', (col) => col.check(sql`deadline_validity IN ('VALID', 'NONEXISTENT_DAY', 'NOT_A_DAY')`))
    .addPrimaryKeyConstraint('task_pk', ['action_number', 'position'])
    .execute();
  await db.schema
    .createTable('dataset')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('loaded_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dataset').execute();
  await db.schema.dropTable('task').execute();
  await db.schema.dropTable('action').execute();
  await db.schema.dropTable('period').execute();
  await db.schema.dropTable('municipality').execute();
  await db.schema.dropTable('department').execute();
}
