import { sql, type Kysely } from 'kysely';

// Migrations are frozen history: they use Kysely<any> and never import application code.
// The view derives flat facts from Igualdad's own rows; nothing is copied. Attendance is given per
// centre, so each centre is a site; the stated totals of each action are national facts.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE VIEW fact AS
    WITH stated(code, indicator, unit) AS (
      VALUES ('INVESTMENT_COP', 'IGUALDAD-1-INVERSION', 'COP'),
             ('CENTRES', 'IGUALDAD-1-CENTROS', 'COUNT'),
             ('TRAININGS', 'IGUALDAD-2-FORMACIONES', 'COUNT'),
             ('OFFICIALS_TRAINED', 'IGUALDAD-2-FUNCIONARIOS', 'PEOPLE'),
             ('COMMUNITY_SPACES', 'IGUALDAD-3-ESPACIOS', 'COUNT'),
             ('COMMUNITY_PARTICIPANTS', 'IGUALDAD-3-PARTICIPANTES', 'PEOPLE'),
             ('ROUNDTABLES', 'IGUALDAD-4-MESAS', 'COUNT'),
             ('TECHNICAL_TABLES', 'IGUALDAD-5-MESAS-TECNICAS', 'COUNT'),
             ('ORGANISATIONS_MAPPED', 'IGUALDAD-10-ORGANIZACIONES', 'COUNT')
    )
    SELECT 'IGUALDAD-1-ATENCIONES|' || c.attendance_period_id || '|' || c.municipality_code || '|' || c.id || '|TOTAL|TOTAL' AS id,
           'IGUALDAD-1-ATENCIONES' AS indicator_code, 1 AS action_number, 'IGUALDAD' AS ministry,
           'MUNICIPALITY' AS territory_level, c.municipality_code AS territory_code,
           c.attendance_period_id AS period_id, p.start_date AS period_start, p.end_date AS period_end,
           c.id AS site, 'TOTAL' AS sex, 'TOTAL' AS nationality, c.people_attended AS value, 'PEOPLE' AS unit
      FROM integrate_centre c JOIN period p ON p.id = c.attendance_period_id
     WHERE c.people_attended IS NOT NULL
    UNION ALL
    SELECT m.indicator || '|' || f.period_id || '|CO|TOTAL|TOTAL|TOTAL', m.indicator, f.action_number, 'IGUALDAD',
           'NATIONAL', NULL, f.period_id, p.start_date, p.end_date, 'TOTAL', 'TOTAL', 'TOTAL', f.value, m.unit
      FROM stated_figure f
      JOIN stated m ON m.code = f.code
      JOIN period p ON p.id = f.period_id
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW fact`.execute(db);
}
