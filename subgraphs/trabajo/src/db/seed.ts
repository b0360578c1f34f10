import type { Kysely } from 'kysely';
import type { Database } from './database.js';

const REPORT_CUT = 'Noviembre 2025';

interface ActionText {
  number: number;
  title: string;
  narrative: string | null;
  /** [number as the report gives it (null if unnumbered), description, deadline] */
  tasks: Array<[number | null, string, Deadline | null]>;
}

type Deadline = { text: string; date: string | null; validity: 'VALID' | 'NONEXISTENT_DAY' };

const STRUCTURE_TASKS: ActionText['tasks'] = [
  [1, 'Realizar las mesas técnicas de trabajo.', null],
  [
    2,
    'Definir la estructura del documento y la responsabilidad de las entidades en su construcción e iniciar la elaboración de los lineamientos.',
    null,
  ],
  [3, 'Realizar Prueba, validación y ajustes al documento.', null],
  [4, 'Entrega de la versión final del documento que contenga los lineamientos.', null],
];

/** Actions 6, 7, 14 and 15 as the November 2025 report gives them (../shared/seed/000_657e1d76381c90e8.txt). */
const ACTIONS: ActionText[] = [
  {
    number: 6,
    title: 'Elaborar un documento de caracterización del mercado laboral de la población migrante',
    // Word for word the narrative of action 5 (an Igualdad action): kept as Trabajo reported it.
    narrative: [
      'Para el reporte del tercer trimestre del 2025, se desarrollaron 7 mesas técnicas de trabajo para la recopilación de insumos e información. Estas mesas técnicas han contado con la participación de representantes de las entidades: ICBF, Migración Colombia, Ministerio del Interior, Ministerio de Relaciones Exteriores, Ministerio de Transporte, Supertransporte.',
      'Las fechas de las mesas técnicas corresponden a las siguientes:',
      '21 de julio: Mesa de transporte humanitario.',
      '05 de agosto: Mesa atención a NNA migrantes en escenarios de flujos inversos, en los puntos de ingreso a Colombia.',
      '13 de agosto: Mesa de transporte humanitario para avanza en la construcción de lineamientos para el transporte humanitario de migrantes en Colombia.',
      '21 de agosto: Mesa de trabajo ruta de atención a NNA migrantes.',
      '22 de agosto: Mesa de transporte humanitario para avanzar en la propuesta.',
      '28 de agosto: Mesa de trabajo ruta de atención humanitaria con enfoque diferencial.',
      '22 de septiembre: Mesa de trabajo ruta de atención humanitaria con enfoque diferencial (transporte humanitario)',
    ].join('\n'),
    tasks: STRUCTURE_TASKS,
  },
  {
    number: 7,
    title:
      'Implementar una estrategia nacional para la promoción de la formalización laboral y protección del empleo en territorios fronterizos.',
    narrative: [
      '1. Red Nacional de formalización Laboral:',
      'Participantes totales de la Red Nacional de Formalización Laboral en departamentos fronterizos:',
      'Arauca: 14 Cesar: 35 Guainía: 16 La Guajira: 10 Nariño: 12 Norte de Santander: 300 Putumayo: 14 Vichada: 3',
      'Participantes migrantes en las intervenciones de la Red Nacional de Formalización Laboral: 1er Trimestre 2025: 22 2do Trimestre 2025: 42 3er Trimestre 2025: 80',
    ].join('\n'),
    // The tasks column describes the strategy instead of listing numbered tasks.
    tasks: [
      [
        null,
        'En la Subdirección de Formalización y protección del empleo se cuenta con la estrategia de la RNFL -Red Nacional de formalización Laboral la cual tiene como finalidad coordinar y articular esfuerzos con entidades de orden nacional y territorial cuyo fin es promover el trabajo decente y los beneficios de la seguridad social buscando así reducir la informalidad en todo el territorio nacional, la RNFL está dirigida tanto a empleadores como a trabajadores sin determinar un sector específico',
        null,
      ],
    ],
  },
  {
    number: 14,
    title:
      'Incrementar los ingresos de unidades productivas de población migrante venezolana, retornados y comunidades de acogida a partir del fortalecimiento productivo y comercial.',
    narrative: null,
    tasks: [
      // "31 de noviembre" does not exist (and gives no year): kept as written, never turned into a date.
      [
        1,
        'Alistamiento: selección del operador y construcción de reglamento (31 de noviembre)',
        { text: '31 de noviembre', date: null, validity: 'NONEXISTENT_DAY' },
      ],
      [
        2,
        'Selección: definición de criterios, apertura de la convocatoria, selección y publicación de los beneficiarios (28 de febrero de 2026)',
        { text: '28 de febrero de 2026', date: '2026-02-28', validity: 'VALID' },
      ],
      [
        3,
        'Implementación: asistencia técnica, plan de negocios y entrega de activos productivos (31 de octubre de 2026)',
        { text: '31 de octubre de 2026', date: '2026-10-31', validity: 'VALID' },
      ],
      [
        4,
        'Fase de salida: acompañamiento de implementación de activos productivos y entrega de informes (31 de diciembre de 2026)',
        { text: '31 de diciembre de 2026', date: '2026-12-31', validity: 'VALID' },
      ],
    ],
  },
  {
    number: 15,
    title:
      'Implementar un programa de colocación laboral efectiva que responda a necesidades de empleabilidad de la población migrante, retornada y de acogida, enmarcado en el modelo de inclusión laboral.',
    narrative:
      'Al corte del 30 de septiembre del 2025, se cumple con las actividades programadas. Esto se evidencia a través de la firma del Convenio de Asociación No.110 de 2025, suscrito entre la Unidad del SPE y la Corporación Volver a la Gente; y la realización de 4 manuales operativos, de cada uno de los prestadores aliados que participan en la implementación del programa: Comfenalco Valle, Comfenalco Antioquia; Unión Temporal Me Empleo sin Barreras 2.0 (conformada por BD Guidance SAS y Urban Pro); y la Alianza Empleo Incluyente y Disruptivo (conformada por Disruptia y Fundación Colombia Incluyente). Reporte cuantitativo: 1 convenio de asociación firmado del programa a ejecutar y 4 manuales operativos de los aliados implementadores del programa hechos para el año 2025',
    tasks: [
      [
        1,
        'Firma del contrato o convenio del programa a ejecutar y construcción del manual para los operadores del programa para el año 2025',
        null,
      ],
      [2, 'Atención a la población objetivo para el año 2025', null],
      [
        3,
        'Firma del contrato o convenio del programa a ejecutar y construcción del manual para los operadores del programa para el año 2026',
        null,
      ],
      [4, 'Atención a la población objetivo para el año 2026', null],
    ],
  },
];

export async function seedReport(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('action')
    .values(ACTIONS.map(({ number, title, narrative }) => ({ number, title, report_cut: REPORT_CUT, narrative })))
    .execute();
  await db
    .insertInto('task')
    .values(
      ACTIONS.flatMap(({ number: action_number, tasks }) =>
        tasks.map(([number, description, deadline], index) => ({
          action_number,
          position: index + 1,
          number,
          description,
          deadline_text: deadline?.text ?? null,
          deadline_date: deadline?.date ?? null,
          deadline_validity: deadline?.validity ?? null,
        })),
      ),
    )
    .execute();

  // The report gives no period for the border-department totals: they belong to the 2025 report.
  const borderDepartments: Array<[string, number]> = [
    ['81', 14], // Arauca
    ['20', 35], // Cesar
    ['94', 16], // Guainía
    ['44', 10], // La Guajira
    ['52', 12], // Nariño
    ['54', 300], // Norte de Santander
    ['86', 14], // Putumayo
    ['99', 3], // Vichada
  ];
  await db
    .insertInto('rnfl_department')
    .values(
      borderDepartments.map(([department_code, participants], index) => ({
        department_code,
        position: index + 1,
        participants,
        period_id: '2025',
        period_as_written: null,
      })),
    )
    .execute();
  await db
    .insertInto('rnfl_quarter')
    .values([
      { period_id: '2025Q1', position: 1, migrant_participants: 22, period_as_written: '1er Trimestre 2025' },
      { period_id: '2025Q2', position: 2, migrant_participants: 42, period_as_written: '2do Trimestre 2025' },
      { period_id: '2025Q3', position: 3, migrant_participants: 80, period_as_written: '3er Trimestre 2025' },
    ])
    .execute();

  await db
    .insertInto('agreement')
    .values({
      action_number: 15,
      name: 'Convenio de Asociación No.110 de 2025',
      number: 110,
      year: 2025,
      first_party: 'Unidad del SPE',
      second_party: 'Corporación Volver a la Gente',
      period_id: '2025-01-01..2025-09-30',
      period_as_written: 'Al corte del 30 de septiembre del 2025',
    })
    .execute();
  await db
    .insertInto('allied_provider')
    .values([
      { position: 1, name: 'Comfenalco Valle', members_as_written: null },
      { position: 2, name: 'Comfenalco Antioquia', members_as_written: null },
      { position: 3, name: 'Unión Temporal Me Empleo sin Barreras 2.0', members_as_written: 'BD Guidance SAS y Urban Pro' },
      { position: 4, name: 'Alianza Empleo Incluyente y Disruptivo', members_as_written: 'Disruptia y Fundación Colombia Incluyente' },
    ])
    .execute();
  await db
    .insertInto('stated_count')
    .values([
      { action_number: 15, code: 'AGREEMENTS_SIGNED', value: 1 },
      { action_number: 15, code: 'OPERATING_MANUALS', value: 4 },
    ])
    .execute();
}
