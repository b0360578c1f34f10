import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The view derives flat facts from SENA's own rows; nothing is copied. SENA's figures are national.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE VIEW fact AS
    SELECT i.code || '|' || f.period_id || '|CO|TOTAL|' || f.sex || '|' || f.nationality AS id,
           i.code AS indicator_code, f.action_number, 'SENA' AS ministry,
           'NATIONAL' AS territory_level, NULL AS territory_code,
           f.period_id, p.start_date AS period_start, p.end_date AS period_end,
           'TOTAL' AS site, f.sex, f.nationality, f.people AS value, 'PEOPLE' AS unit
      FROM people_figure f
      JOIN period p ON p.id = f.period_id
      JOIN indicator i ON i.code = CASE f.code WHEN 'MIGRANTS_ORIENTED' THEN 'SENA-8-ORIENTADOS' ELSE 'SENA-9-CERTIFICADOS' END
    UNION ALL
    SELECT 'SENA-9-CENTROS|2025|CO|TOTAL|TOTAL|TOTAL', 'SENA-9-CENTROS', g.action_number, 'SENA', 'NATIONAL', NULL,
           p.id, p.start_date, p.end_date, 'TOTAL', 'TOTAL', 'TOTAL', g.training_centres, 'COUNT'
      FROM programme g JOIN period p ON p.id = '2025'
     WHERE g.training_centres IS NOT NULL
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW fact`.execute(db);
}
