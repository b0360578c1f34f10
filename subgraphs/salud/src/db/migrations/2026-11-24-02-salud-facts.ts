import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The view derives flat facts from Salud's own rows; nothing is copied.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE VIEW fact AS
    SELECT 'SALUD-12-ASIGNACION|' || a.period_id || '|' || a.municipality_code || '|TOTAL|TOTAL|TOTAL' AS id,
           'SALUD-12-ASIGNACION' AS indicator_code, 12 AS action_number, 'SALUD' AS ministry,
           'MUNICIPALITY' AS territory_level, a.municipality_code AS territory_code,
           a.period_id, p.start_date AS period_start, p.end_date AS period_end,
           'TOTAL' AS site, 'TOTAL' AS sex, 'TOTAL' AS nationality, a.amount AS value, 'COP' AS unit
      FROM psychosocial_allocation a JOIN period p ON p.id = a.period_id
    UNION ALL
    SELECT 'SALUD-12-GIRO|' || a.period_id || '|' || a.municipality_code || '|TOTAL|TOTAL|TOTAL',
           'SALUD-12-GIRO', 12, 'SALUD', 'MUNICIPALITY', a.municipality_code,
           a.period_id, p.start_date, p.end_date, 'TOTAL', 'TOTAL', 'TOTAL', a.amount, 'COP'
      FROM psychosocial_allocation a JOIN period p ON p.id = a.period_id
     WHERE a.status = 'TRANSFERRED'
    UNION ALL
    SELECT 'SALUD-12-TRANSFERENCIAS|2025|CO|TOTAL|TOTAL|TOTAL',
           'SALUD-12-TRANSFERENCIAS', f.action_number, 'SALUD', 'NATIONAL', NULL,
           p.id, p.start_date, p.end_date, 'TOTAL', 'TOTAL', 'TOTAL', f.stated_transfer_count, 'COUNT'
      FROM psychosocial_funding f JOIN period p ON p.id = '2025'
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW fact`.execute(db);
}
