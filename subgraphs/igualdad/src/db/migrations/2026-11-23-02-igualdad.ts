import { sql, type Kysely } from 'kysely';

const MODALITY = sql`IN ('IN_PERSON', 'VIRTUAL', 'HYBRID')`;

// Migrations are frozen history: they use Kysely<any> and never import application code.
export async function up(db: Kysely<any>): Promise<void> {
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
    .addColumn('number', 'integer', (col) => col.primaryKey().check(sql`number BETWEEN 1 AND 15`))
    .addColumn('ministry', 'text', (col) => col.notNull().check(sql`ministry IN ('IGUALDAD', 'SALUD', 'SENA', 'EDUCACION', 'TRABAJO')`))
    .addColumn('owner_in_report', 'integer', (col) => col.notNull().check(sql`owner_in_report IN (0, 1)`))
    .execute();
  await db.schema
    .createTable('integrate_centre')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('position', 'integer', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status IN ('INITIAL', 'NEW', 'PROJECTED')`))
    .addColumn('pilot', 'integer', (col) => col.notNull().check(sql`pilot IN (0, 1)`))
    .addColumn('municipality_code', 'text', (col) => col.notNull().references('municipality.code'))
    .addColumn('opened_text', 'text')
    .addColumn('opened_date', 'text')
    .addColumn('people_attended', 'integer', (col) => col.check(sql`people_attended >= 0`))
    .addColumn('attendance_label', 'text')
    .addColumn('attendance_period_id', 'text', (col) => col.references('period.id'))
    .execute();
  await db.schema.createIndex('integrate_centre_municipality_idx').on('integrate_centre').column('municipality_code').execute();
  await db.schema
    .createTable('stated_figure')
    .addColumn('action_number', 'integer', (col) => col.notNull().references('action.number'))
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('value', 'integer', (col) => col.notNull().check(sql`value >= 0`))
    .addColumn('as_written', 'text')
    .addColumn('period_id', 'text', (col) => col.notNull().references('period.id'))
    .addColumn('period_as_written', 'text')
    .addPrimaryKeyConstraint('stated_figure_pk', ['action_number', 'code'])
    .execute();
  await db.schema
    .createTable('training_criterion')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('text', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('training')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('topic', 'text', (col) => col.notNull())
    .addColumn('partner', 'text', (col) => col.notNull())
    .addColumn('held_text', 'text', (col) => col.notNull())
    .addColumn('held_date', 'text', (col) => col.notNull())
    .addColumn('modality', 'text', (col) => col.notNull().check(sql`modality ${MODALITY}`))
    .execute();
  await db.schema
    .createTable('community_space')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('held_text', 'text', (col) => col.notNull())
    .addColumn('held_date', 'text', (col) => col.notNull())
    .addColumn('venue_text', 'text')
    .addColumn('municipality_code', 'text', (col) => col.references('municipality.code'))
    .addColumn('modality', 'text', (col) => col.check(sql`modality ${MODALITY}`))
    .addColumn('participants_description', 'text', (col) => col.notNull())
    .addColumn('participants', 'integer', (col) => col.notNull().check(sql`participants >= 0`))
    .execute();
  await db.schema
    .createTable('migration_roundtable')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('held_text', 'text', (col) => col.notNull())
    .addColumn('held_date', 'text', (col) => col.notNull())
    .addColumn('department_code', 'text', (col) => col.notNull().references('department.code'))
    .addColumn('venue_text', 'text')
    .addColumn('modality', 'text', (col) => col.check(sql`modality ${MODALITY}`))
    .addColumn('commitments', 'text')
    .execute();
  await db.schema
    .createTable('technical_table')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('held_text', 'text', (col) => col.notNull())
    .addColumn('held_date', 'text', (col) => col.notNull())
    .addColumn('topic', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('technical_table_entity')
    .addColumn('position', 'integer', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'technical_table_entity',
    'technical_table',
    'migration_roundtable',
    'community_space',
    'training',
    'training_criterion',
    'stated_figure',
    'integrate_centre',
    'plan_action',
    'strategic_axis',
    'plan',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
