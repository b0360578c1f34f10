import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The view derives flat facts from Educación's own rows; nothing is copied.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE VIEW fact AS
    SELECT 'EDUCACION-11-SECRETARIAS|2025|CO|TOTAL|TOTAL|TOTAL' AS id,
           'EDUCACION-11-SECRETARIAS' AS indicator_code, c.action_number, 'EDUCACION' AS ministry,
           'NATIONAL' AS territory_level, NULL AS territory_code,
           p.id AS period_id, p.start_date AS period_start, p.end_date AS period_end,
           'TOTAL' AS site, 'TOTAL' AS sex, 'TOTAL' AS nationality, c.value, 'COUNT' AS unit
      FROM stated_count c JOIN period p ON p.id = '2025'
     WHERE c.code = 'SECRETARIATS_ACCOMPANIED'
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW fact`.execute(db);
}
