import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accompaniment')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('secretariat_name', 'text', (col) => col.notNull())
    .addColumn('level', 'text', (col) => col.notNull().check(sql`level IN ('DEPARTMENTAL', 'MUNICIPAL')`))
    .addColumn('department_code', 'text', (col) => col.notNull().references('department.code'))
    .addColumn('municipality_code', 'text', (col) => col.references('municipality.code'))
    .addColumn('period_id', 'text', (col) => col.notNull().references('period.id'))
    .addColumn('period_as_written', 'text')
    .addCheckConstraint('accompaniment_level_territory', sql`(level = 'MUNICIPAL') = (municipality_code IS NOT NULL)`)
    .execute();
  await db.schema
    .createTable('accompaniment_topic')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('text', 'text', (col) => col.notNull())
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
  await db.schema.dropTable('stated_count').execute();
  await db.schema.dropTable('accompaniment_topic').execute();
  await db.schema.dropTable('accompaniment').execute();
}
