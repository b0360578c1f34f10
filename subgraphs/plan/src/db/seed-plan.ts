import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** The plan's header and index, as the first two pages of the November 2025 report give them. */
export async function seedPlan(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('plan')
    .values({
      id: 1,
      // The report's heading, as printed: three capitalised lines.
      name: 'PLAN DE ACCIÓN\nSUBCOMISIÓN DE ATENCIÓN E INTEGRACIÓN\nCOMISIÓN NACIONAL INTERSECTORIAL DE MIGRACIONES (CNIM)',
      report_title: 'Informe de avance 2025 – Corte: Noviembre 2025',
      report_cut: 'Noviembre 2025',
      objective:
        'Fortalecer la integración socioeconómica y atención de las personas migrantes en Colombia, a través la coordinación interinstitucional horizontal y vertical para la superación y cierre de brechas que persisten para potenciar la inclusión, la cohesión social y el desarrollo productivo del país.',
      overall_progress_percent: 48,
    })
    .execute();
  // Each axis runs across the page break: its first half ends page 1, the rest opens page 2.
  await db
    .insertInto('strategic_axis')
    .values([
      {
        number: 1,
        text: 'Fortalecer la gestión y gobernanza migratoria para la atención e integración socioeconómica de la población migrante a nivel territorial, que conduzca al cierre de brechas y al fomento del acceso efectivo a derechos y las condiciones dignas.',
      },
      {
        number: 2,
        text: 'Coordinar una respuesta integral de atención humanitaria digna y segura para la estabilización de la población migrante, que incorpore el enfoque diferencial, interseccional y territorial, para los flujos migratorios.',
      },
      {
        number: 3,
        text: 'Promover el desarrollo económico y productivo que garantice la inclusión social de la población migrante, por medio del acceso a oportunidades laborales, el fortalecimiento de sus capacidades, y el respeto por sus derechos económicos y sociales, en armonía con las comunidades receptoras y las dinámicas locales de desarrollo.',
      },
      {
        number: 4,
        text: 'Promover la cohesión social de la población migrante y retornada en los territorios, mediante estrategias inclusivas que fortalezcan el tejido social, respeten la diversidad cultural y étnica, fomenten la convivencia armónica y el desarrollo compartido con las comunidades receptoras.',
      },
    ])
    .execute();
  const owners: Array<[number, Database['plan_action']['ministry']]> = [
    [1, 'IGUALDAD'],
    [2, 'IGUALDAD'],
    [3, 'IGUALDAD'],
    [4, 'IGUALDAD'],
    [5, 'IGUALDAD'],
    [6, 'TRABAJO'],
    [7, 'TRABAJO'],
    [8, 'SENA'],
    [9, 'SENA'],
    [10, 'IGUALDAD'],
    [11, 'EDUCACION'],
    [12, 'SALUD'],
    [13, 'SALUD'],
    [14, 'TRABAJO'],
    [15, 'TRABAJO'],
  ];
  // The report names no responsible entity for actions 6 and 14; the plan assigns them to Trabajo.
  const unnamedOwners = new Set([6, 14]);
  await db
    .insertInto('plan_action')
    .values(owners.map(([number, ministry]) => ({ number, ministry, owner_in_report: unnamedOwners.has(number) ? 0 : 1 })))
    .execute();
}
