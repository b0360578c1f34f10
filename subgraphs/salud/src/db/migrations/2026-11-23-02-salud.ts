import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('administrative_act')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('action_number', 'integer', (col) => col.notNull().references('action.number'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('number', 'integer')
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull().check(sql`stage IN ('ISSUED', 'DRAFT_UNDER_LEGAL_REVIEW')`))
    .addColumn('issued_text', 'text')
    .addColumn('issued_date', 'text')
    .addColumn('expected_text', 'text')
    .execute();
  await db.schema
    .createTable('psychosocial_allocation')
    .addColumn('municipality_code', 'text', (col) => col.primaryKey().references('municipality.code'))
    .addColumn('position', 'integer', (col) => col.notNull().unique())
    .addColumn('amount', 'integer', (col) => col.notNull().check(sql`amount >= 0`))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status IN ('TRANSFERRED', 'DESISTED')`))
    .addColumn('period_id', 'text', (col) => col.notNull().references('period.id'))
    .addColumn('resolution_id', 'text', (col) => col.notNull().references('administrative_act.id'))
    .execute();
  await db.schema
    .createTable('psychosocial_funding')
    .addColumn('action_number', 'integer', (col) => col.primaryKey().references('action.number'))
    .addColumn('stated_total_text', 'text', (col) => col.notNull())
    .addColumn('stated_transfer_count', 'integer', (col) => col.notNull())
    .addColumn('transfers_from_text', 'text', (col) => col.notNull())
    .addColumn('transfers_from_date', 'text', (col) => col.notNull())
    .addColumn('execution_until_text', 'text', (col) => col.notNull())
    .addColumn('execution_until_date', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('psychosocial_funding').execute();
  await db.schema.dropTable('psychosocial_allocation').execute();
  await db.schema.dropTable('administrative_act').execute();
}
