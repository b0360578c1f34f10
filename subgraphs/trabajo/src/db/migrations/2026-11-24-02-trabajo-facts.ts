import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The view derives flat facts from Trabajo's own rows; nothing is copied.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE VIEW fact AS
    SELECT 'TRABAJO-7-RNFL-PARTICIPANTES|' || r.period_id || '|' || r.department_code || '|TOTAL|TOTAL|TOTAL' AS id,
           'TRABAJO-7-RNFL-PARTICIPANTES' AS indicator_code, 7 AS action_number, 'TRABAJO' AS ministry,
           'DEPARTMENT' AS territory_level, r.department_code AS territory_code,
           r.period_id, p.start_date AS period_start, p.end_date AS period_end,
           'TOTAL' AS site, 'TOTAL' AS sex, 'TOTAL' AS nationality, r.participants AS value, 'PEOPLE' AS unit
      FROM rnfl_department r JOIN period p ON p.id = r.period_id
    UNION ALL
    SELECT 'TRABAJO-7-RNFL-MIGRANTES|' || q.period_id || '|CO|TOTAL|TOTAL|TOTAL',
           'TRABAJO-7-RNFL-MIGRANTES', 7, 'TRABAJO', 'NATIONAL', NULL,
           q.period_id, p.start_date, p.end_date, 'TOTAL', 'TOTAL', 'TOTAL', q.migrant_participants, 'PEOPLE'
      FROM rnfl_quarter q JOIN period p ON p.id = q.period_id
    UNION ALL
    SELECT CASE c.code WHEN 'AGREEMENTS_SIGNED' THEN 'TRABAJO-15-CONVENIOS' ELSE 'TRABAJO-15-MANUALES' END
             || '|' || a.period_id || '|CO|TOTAL|TOTAL|TOTAL',
           CASE c.code WHEN 'AGREEMENTS_SIGNED' THEN 'TRABAJO-15-CONVENIOS' ELSE 'TRABAJO-15-MANUALES' END,
           c.action_number, 'TRABAJO', 'NATIONAL', NULL,
           a.period_id, p.start_date, p.end_date, 'TOTAL', 'TOTAL', 'TOTAL', c.value, 'COUNT'
      FROM stated_count c
      JOIN agreement a ON a.action_number = c.action_number
      JOIN period p ON p.id = a.period_id
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW fact`.execute(db);
}
