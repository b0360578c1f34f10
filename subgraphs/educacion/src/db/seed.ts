import { numberedTasks } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Action 11 as the November 2025 report gives it (../shared/seed/000_657e1d76381c90e8.txt). */
export async function seedReport(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('action')
    .values({
      number: 11,
      title:
        'Acompañar la implementación de la Circular 038 del 2023 en los espacios de articulación interinstitucional, dirigidas a garantizar el acceso de los niños, niñas, adolescentes y jóvenes migrantes al sistema educativo en los niveles de educación preescolar, básica y media.',
      report_cut: 'Noviembre 2025',
      narrative:
        'Se realizó acompañamiento a 7 secretarías de educación certificadas frente a la implementación de la circular 038 de 2023, en temas relacionados con acceso al sistema educativo, convalidación y validación de grados, así como procesos para la obtención del título de bachiller. Las ETC que se acompañaron fueron Apartadó, La Guajira, Ipiales, Mosquera, Maicao, Riohacha y Uribia.',
    })
    .execute();
  // Task 3 ends at "Circular" in the report: the text is kept as it stands.
  await db
    .insertInto('task')
    .values(
      numberedTasks(11, [
        'Cronograma de programación de los acompañamientos',
        'Identificación de las necesidades de acompañamiento de cada acompañamiento y responsables de atención',
        'Realizar el acompañamiento para la implementación de la Circular',
      ]),
    )
    .execute();
  // The report states no period for the accompaniments: they belong to the 2025 report.
  const secretariats: Array<[string, 'DEPARTMENTAL' | 'MUNICIPAL', string, string | null]> = [
    ['Apartadó', 'MUNICIPAL', '05', '05045'],
    ['La Guajira', 'DEPARTMENTAL', '44', null],
    ['Ipiales', 'MUNICIPAL', '52', '52356'],
    ['Mosquera', 'MUNICIPAL', '25', '25473'],
    ['Maicao', 'MUNICIPAL', '44', '44430'],
    ['Riohacha', 'MUNICIPAL', '44', '44001'],
    ['Uribia', 'MUNICIPAL', '44', '44847'],
  ];
  await db
    .insertInto('accompaniment')
    .values(
      secretariats.map(([secretariat_name, level, department_code, municipality_code], index) => ({
        position: index + 1,
        secretariat_name,
        level,
        department_code,
        municipality_code,
        period_id: '2025',
        period_as_written: null,
      })),
    )
    .execute();
  await db
    .insertInto('accompaniment_topic')
    .values(
      ['acceso al sistema educativo', 'convalidación y validación de grados', 'procesos para la obtención del título de bachiller'].map(
        (text, index) => ({ position: index + 1, text }),
      ),
    )
    .execute();
  await db.insertInto('stated_count').values({ action_number: 11, code: 'SECRETARIATS_ACCOMPANIED', value: 7 }).execute();
}
