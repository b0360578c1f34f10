import type { Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// A cut the secretariat approved and then reopened for a ministry keeps its approved version until it
// is approved again: this table names such cuts, with the last audit record of the approved version,
// so readers who do not edit it keep reading the cut as it was approved.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('approved_cut_snapshot')
    .addColumn('cut_id', 'text', (col) => col.primaryKey().references('report_cut.id'))
    .addColumn('last_change_id', 'integer', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('approved_cut_snapshot').execute();
}
