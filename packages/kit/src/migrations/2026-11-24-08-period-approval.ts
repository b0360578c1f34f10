import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('period_approval')
    .addColumn('period_id', 'text', (col) => col.primaryKey().references('period.id'))
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status IN ('OPEN', 'SUBMITTED', 'APPROVED')`))
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('period_approval').execute();
}
