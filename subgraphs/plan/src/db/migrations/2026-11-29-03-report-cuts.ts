import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// A report cut ("Informe de avance 2025 – Corte: Noviembre 2025") is an entity of its own, so the next
// cut can sit beside it. The overall progress belongs to a cut: the secretariat records one per cut.
// The report prints a month, not a closing day, so no closing date is stored.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_cut')
    .addColumn('id', 'text', (col) =>
      col
        .primaryKey()
        .check(sql`length(id) = 7 AND substr(id, 5, 1) = '-' AND ltrim(substr(id, 1, 4) || substr(id, 6, 2), '0123456789') = ''`),
    )
    .addColumn('position', 'integer', (col) => col.notNull().unique())
    .addColumn('label', 'text', (col) => col.notNull())
    .addColumn('report_title', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull().check(sql`state IN ('OPEN', 'SUBMITTED', 'APPROVED')`))
    .addColumn('overall_progress_percent', 'integer', (col) => col.check(sql`overall_progress_percent BETWEEN 0 AND 100`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_cut').execute();
}
