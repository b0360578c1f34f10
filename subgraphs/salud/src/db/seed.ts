import { numberedTasks } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

const REPORT_CUT = 'Noviembre 2025';
const PSYCHOSOCIAL_TARGET = 'población migrante, población colombiana retornada, comunidades de acogida o receptoras';

/**
 * Actions 12 and 13 as the November 2025 report gives them
 * (../shared/seed/000_657e1d76381c90e8.txt). Text is transcribed as written, typos included.
 */
export async function seedReport(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('action')
    .values([
      {
        number: 12,
        title:
          'Realizar la transferencia de recursos a los territorios para la implementación de la estrategia de acompañamiento psicosocial para la población migrante, población colombiana retornada y comunidades de acogida y receptoras en el territorio nacional.',
        report_cut: REPORT_CUT,
        narrative: [
          'Se emitió la resolución 401 del 10 de marzo del 2025, por la cual se adopta la estrategia de acompañamiento psicosocial para población migrante, población colombiana retornada y comunidades de acogida o receptoras, y se determinan los criterios habilitantes y de ponderación para la asignación de recursos para su implementación.',
          'Adicionalmente, se emitió la resolución 1409 del 07 de julio de 2025 por la cual se efectúa una asignación de recursos del Presupuesto de Gastos de Inversión del Ministerio de Salud y Protección Social para la implementación de la estrategia de acompañamiento psicosocial para población migrante, población colombiana retornada, comunidades de acogida o receptoras. Se asignan recursos 2.000 mil millones de pesos en territorios priorizados, los cuales fueron girados a partir del 01 de agosto:',
          'Relación de Departamento/Municipio y recurso girado a la E.S.E. para ejecución al 30 de diciembre del 2025:',
          '- Antioquia, Necoclí $60.431.400',
          '- Antioquia, Turbo $60.431.400',
          '- Arauca, Arauca $137.021.330',
          '- Cundinamarca, Soacha $84.438.180',
          '- La Guajira, Riohacha $225.798.080 (Desistieron del proceso de transferencias de recursos para la implementación de la estrategia de acompañamiento psicosocial)',
          '- La Guajira, Maicao $183.987.290 (Desistieron del proceso de transferencias de recursos para la implementación de la estrategia de acompañamiento psicosocial)',
          '- Nariño, Ipiales $60.431.400',
          '- Norte de Santander, San José de Cúcuta $441.640.400',
          '- Norte de Santander, Tibú $60.431.400',
          '- Norte de Santander, Villa del Rosario $102.473.210',
          '- Santander, Bucaramanga $126.248.980',
          '- Valle del Cauca, Santiago de Cali $378.515.920',
          '- Vichada, Puerto Carreño $ 76.358.920',
          'Estos recursos están destinados para contratar los equipos psicosociales que están conformados por un psicólogo o trabajador social y un gestor territorial en salud. El total de transferencias realizadas en 2025 fueron 11.',
        ].join('\n'),
      },
      {
        number: 13,
        title:
          'Adoptar el Plan de Atención del sector salud para la población migrante, refugiada, retornada y comunidades de acogida en el territorio nacional.',
        report_cut: REPORT_CUT,
        narrative:
          'Se ha adelantado el proyecto de resolución del acto administrativo por el cual se adopta Plan de atención del sector salud para la población migrante, refugiada, retornada y comunidades de acogida, 2025-2031y el proyecto está en revisión con sus anexos por parte del equipo jurídico del Ministerio de Salud. Se espera que el acto administrativo esté para finales del mes de noviembre del 2025.',
      },
    ])
    .execute();

  const healthPlan = 'Plan de Atención del Sector Salud para la Población Migrante, Refugiada y Retornada.';
  const firstQuarter2026 = { deadline_text: 'I Trim 2026', deadline_date: null, deadline_validity: 'NOT_A_DAY' };
  await db
    .insertInto('task')
    .values([
      ...numberedTasks(12, [
        `Resolución 401 de 2025 "por la cual se adopta la estrategia de acompañamiento psicosocial para población migrante, población colombiana retornada y comunidades de acogida o receptoras, y se determinan los criterios habilitantes y de ponderación para la asignación de recursos para su implementación".`,
        `Resolución 1409 de 2025 "Por la cual se efectúa una asignación de recursos del Presupuesto de Gastos de Inversión del Ministerio de salud y Protección Social para la implementación de la estrategia de acompañamiento psicosocial para ${PSYCHOSOCIAL_TARGET}".`,
        `Proyecto de resolución para asignación de recursos a los diferentes territorios para la implementación de la estrategia de acompañamiento psicosocial para ${PSYCHOSOCIAL_TARGET}.`,
        `Resolución de asignación de recursos para la implementación de la implementación de la estrategia de acompañamiento psicosocial para ${PSYCHOSOCIAL_TARGET}.`,
        `informe de avance de la implementación de la implementación de la estrategia de acompañamiento psicosocial para ${PSYCHOSOCIAL_TARGET}.`,
        `informe final de la implementación de la implementación de la estrategia de acompañamiento psicosocial para ${PSYCHOSOCIAL_TARGET}.`,
      ]),
      // Tasks 1 and 2 of action 13 carry their deadline inside the text: "I Trim 2026".
      {
        ...firstQuarter2026,
        action_number: 13,
        position: 1,
        number: 1,
        description: `Proyecto de Resolución para la adopción del ${healthPlan} I Trim 2026: resolución para la adopción del ${healthPlan}`,
      },
      {
        ...firstQuarter2026,
        action_number: 13,
        position: 2,
        number: 2,
        description: `Resolución para la para la adopción del ${healthPlan} I Trim 2026: resolución para la adopción del ${healthPlan}`,
      },
      ...numberedTasks(
        13,
        [
          `informe de avance de la adopción del ${healthPlan}`,
          `informe de avance de la adopción del ${healthPlan}`,
          `informe de avance de la adopción del ${healthPlan}`,
          `informe de final de la adopción del ${healthPlan}`,
        ],
        3,
      ),
    ])
    .execute();

  await db
    .insertInto('administrative_act')
    .values([
      {
        id: 'resolucion-401-2025',
        action_number: 12,
        position: 1,
        number: 401,
        year: 2025,
        subject:
          'por la cual se adopta la estrategia de acompañamiento psicosocial para población migrante, población colombiana retornada y comunidades de acogida o receptoras, y se determinan los criterios habilitantes y de ponderación para la asignación de recursos para su implementación',
        stage: 'ISSUED',
        issued_text: '10 de marzo del 2025',
        issued_date: '2025-03-10',
        expected_text: null,
      },
      {
        id: 'resolucion-1409-2025',
        action_number: 12,
        position: 2,
        number: 1409,
        year: 2025,
        subject: `por la cual se efectúa una asignación de recursos del Presupuesto de Gastos de Inversión del Ministerio de Salud y Protección Social para la implementación de la estrategia de acompañamiento psicosocial para ${PSYCHOSOCIAL_TARGET}`,
        stage: 'ISSUED',
        issued_text: '07 de julio de 2025',
        issued_date: '2025-07-07',
        expected_text: null,
      },
      {
        id: 'proyecto-plan-atencion-salud-2025-2031',
        action_number: 13,
        position: 1,
        number: null,
        year: 2025,
        subject:
          'por el cual se adopta Plan de atención del sector salud para la población migrante, refugiada, retornada y comunidades de acogida, 2025-2031',
        stage: 'DRAFT_UNDER_LEGAL_REVIEW',
        issued_text: null,
        issued_date: null,
        expected_text: 'finales del mes de noviembre del 2025',
      },
    ])
    .execute();

  const allocation = (municipality_code: string, amount: number, status: 'TRANSFERRED' | 'DESISTED') => ({
    municipality_code,
    amount,
    status,
    period_id: '2025',
    resolution_id: 'resolucion-1409-2025',
  });
  await db
    .insertInto('psychosocial_allocation')
    .values(
      [
        allocation('05490', 60_431_400, 'TRANSFERRED'), // Antioquia, Necoclí
        allocation('05837', 60_431_400, 'TRANSFERRED'), // Antioquia, Turbo
        allocation('81001', 137_021_330, 'TRANSFERRED'), // Arauca, Arauca
        allocation('25754', 84_438_180, 'TRANSFERRED'), // Cundinamarca, Soacha
        allocation('44001', 225_798_080, 'DESISTED'), // La Guajira, Riohacha
        allocation('44430', 183_987_290, 'DESISTED'), // La Guajira, Maicao
        allocation('52356', 60_431_400, 'TRANSFERRED'), // Nariño, Ipiales
        allocation('54001', 441_640_400, 'TRANSFERRED'), // Norte de Santander, San José de Cúcuta
        allocation('54810', 60_431_400, 'TRANSFERRED'), // Norte de Santander, Tibú
        allocation('54874', 102_473_210, 'TRANSFERRED'), // Norte de Santander, Villa del Rosario
        allocation('68001', 126_248_980, 'TRANSFERRED'), // Santander, Bucaramanga
        allocation('76001', 378_515_920, 'TRANSFERRED'), // Valle del Cauca, Santiago de Cali
        allocation('99001', 76_358_920, 'TRANSFERRED'), // Vichada, Puerto Carreño
      ].map((row, index) => ({ ...row, position: index + 1 })),
    )
    .execute();

  await db
    .insertInto('psychosocial_funding')
    .values({
      action_number: 12,
      stated_total_text: '2.000 mil millones de pesos',
      stated_transfer_count: 11,
      transfers_from_text: '01 de agosto',
      transfers_from_date: '2025-08-01',
      execution_until_text: '30 de diciembre del 2025',
      execution_until_date: '2025-12-30',
    })
    .execute();
}
