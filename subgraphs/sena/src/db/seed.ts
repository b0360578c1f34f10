import { numberedTasks } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

const REPORT_CUT = 'Noviembre 2025';
const GUIDANCE_COVERAGE =
  'con las sedes de la agencia Pública del Empleo del SENA en todo el país y en especial con las sedes APE del SENA en las zonas limítrofes con Panamá, Venezuela, Perú y Ecuador';

/** Actions 8 and 9 as the November 2025 report gives them (../shared/seed/000_657e1d76381c90e8.txt). */
export async function seedReport(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('action')
    .values([
      {
        number: 8,
        title: 'Realizar orientación ocupacional para el fortalecimiento del perfil laboral',
        report_cut: REPORT_CUT,
        narrative: `Se cumplió con la meta de orientación para la población migrante, ${GUIDANCE_COVERAGE}. 13.400 migrantes orientados de los cuales 7.876 son mujeres y de ellas 7.571 son de nacionalidad venezolana`,
      },
      {
        number: 9,
        title: 'Desarrollar certificación de competencias laborales, dirigidas a migrantes en Colombia.',
        report_cut: REPORT_CUT,
        narrative:
          'Durante el tercer trimestre de 2025, el proceso de Evaluación y Certificación de Competencias Laborales (ECCL) del SENA continuó brindando atención a personas migrantes, retornadas y refugiadas, provenientes de Venezuela. Estas acciones contribuyen al reconocimiento de los saberes y experiencias laborales de la población migrante, favoreciendo su inclusión socioeconómica y el fortalecimiento de sus oportunidades en el mercado laboral colombiano. 1.736 Migrantes Certificados en Competencias Laborales',
      },
    ])
    .execute();

  const tasks: Array<[number, string[]]> = [
    [
      8,
      [
        'Registrar la población migrante en el aplicativo de la Agencia Pública de Empleo.',
        'Elaborar el reporte trimestral de seguimiento para verificar el cumplimiento de la orientación a la población migrante.',
        'Elaborar el reporte con la información que nos da el aplicativo de la Agencia Pública de Empleo del SENA.',
      ],
    ],
    [
      9,
      [
        'Incentivar la participación de la población a través de CERTIFICACIONES, orientadas a diferentes tipos de poblaciones',
        'Mantener la oferta abierta disponible que tenemos durante todo el año en los 118 centros de formación del SENA.',
      ],
    ],
  ];
  await db
    .insertInto('task')
    .values(tasks.flatMap(([actionNumber, descriptions]) => numberedTasks(actionNumber, descriptions)))
    .execute();

  // The report gives no period for the guidance figures: they belong to the 2025 report.
  const oriented = { action_number: 8, code: 'MIGRANTS_ORIENTED', period_id: '2025', period_as_written: null } as const;
  await db
    .insertInto('people_figure')
    .values([
      { ...oriented, position: 1, sex: 'TOTAL', nationality: 'TOTAL', people: 13_400 },
      { ...oriented, position: 2, sex: 'FEMALE', nationality: 'TOTAL', people: 7_876 },
      { ...oriented, position: 3, sex: 'FEMALE', nationality: 'VENEZUELAN', people: 7_571 },
      {
        action_number: 9,
        code: 'MIGRANTS_CERTIFIED',
        position: 1,
        sex: 'TOTAL',
        nationality: 'TOTAL',
        people: 1_736,
        period_id: '2025Q3',
        period_as_written: 'tercer trimestre de 2025',
      },
    ])
    .execute();

  await db
    .insertInto('programme')
    .values([
      { action_number: 8, description_as_written: GUIDANCE_COVERAGE, target_met: 1, training_centres: null },
      {
        action_number: 9,
        description_as_written: 'personas migrantes, retornadas y refugiadas, provenientes de Venezuela',
        target_met: null,
        training_centres: 118,
      },
    ])
    .execute();
}
