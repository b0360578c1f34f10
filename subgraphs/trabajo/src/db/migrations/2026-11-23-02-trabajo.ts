import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rnfl_department')
    .addColumn('department_code', 'text', (col) => col.primaryKey().references('department.code'))
    .addColumn('position', 'integer', (col) => col.notNull().unique())
    .addColumn('participants', 'integer', (col) => col.notNull().check(sql`participants >= 0`))
    .addColumn('period_id', 'text', (col) => col.notNull().references('period.id'))
    .addColumn('period_as_written', 'text')
    .execute();
  await db.schema
    .createTable('rnfl_quarter')
    .addColumn('period_id', 'text', (col) => col.primaryKey().references('period.id'))
    .addColumn('position', 'integer', (col) => col.notNull().unique())
    .addColumn('migrant_participants', 'integer', (col) => col.notNull().check(sql`migrant_participants >= 0`))
    .addColumn('period_as_written', 'text')
    .execute();
  await db.schema
    .createTable('agreement')
    .addColumn('action_number', 'integer', (col) => col.primaryKey().references('action.number'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('first_party', 'text', (col) => col.notNull())
    .addColumn('second_party', 'text', (col) => col.notNull())
    .addColumn('period_id', 'text', (col) => col.notNull().references('period.id'))
    .addColumn('period_as_written', 'text')
    .execute();
  await db.schema
    .createTable('allied_provider')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('members_as_written', 'text')
    .execute();
  await db.schema
    .createTable('stated_count')
    .addColumn('action_number', 'integer', (col) => col.notNull().references('action.number'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('value', 'integer', (col) => col.notNull().check(sql`value >= 0`))
    .addPrimaryKeyConstraint('stated_count_pk', ['action_number', 'code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['stated_count', 'allied_provider', 'agreement', 'rnfl_quarter', 'rnfl_department']) {
    await db.schema.dropTable(table).execute();
  }
}
