import type { Kysely } from 'kysely';
import type { Database, IntegrateCentreTable } from './database.js';

const ATTENDANCE_PERIOD = '2025-01-01..2025-09-30';
const JAN_TO_OCT_30 = '2025-01-01..2025-10-30';

type Centre = Omit<IntegrateCentreTable, 'position' | 'attendance_period_id' | 'opened_text' | 'opened_date' | 'pilot'> & {
  opened?: [string, string];
  pilot?: boolean;
};

const centre = (
  id: string,
  name: string,
  status: Centre['status'],
  municipality_code: string,
  attendance: [string, number] | null,
  extra: Partial<Centre> = {},
): Centre => ({
  id,
  name,
  status,
  municipality_code,
  attendance_label: attendance?.[0] ?? null,
  people_attended: attendance?.[1] ?? null,
  ...extra,
});

/**
 * The 19 centres in the order of the report's list: 11 initial, 5 new, 3 projected. Names follow that
 * list; attendance labels follow the attendance list, which names some Bogotá centres differently.
 */
const CENTRES: Centre[] = [
  centre('bogota-super-cad-30', 'Bogotá Super CAD30', 'INITIAL', '11001', ['Bogotá D.C. - CAD 30', 10526]),
  centre('bogota-cad-engativa', 'CAD Engativá', 'INITIAL', '11001', ['CAD Engativá', 8872]),
  centre('bogota-cad-suba', 'CAD Suba', 'INITIAL', '11001', ['Super CAD Suba', 7908]),
  centre('medellin', 'Medellín', 'INITIAL', '05001', ['Medellín', 9455]),
  centre('cucuta', 'Cúcuta', 'INITIAL', '54001', ['Cúcuta', 14344]),
  centre('bucaramanga', 'Bucaramanga', 'INITIAL', '68001', ['Bucaramanga', 7524]),
  centre('cali', 'Cali', 'INITIAL', '76001', ['Cali', 10561]),
  centre('santa-marta', 'Santa Marta', 'INITIAL', '47001', ['Santa Marta', 11660]),
  centre('cartagena', 'Cartagena', 'INITIAL', '13001', ['Cartagena', 8661]),
  centre('barranquilla', 'Barranquilla', 'INITIAL', '08001', ['Barranquilla', 6933]),
  centre('riohacha', 'Riohacha', 'INITIAL', '44001', ['Riohacha', 15890]),
  centre('soacha', 'Soacha', 'NEW', '25754', ['Soacha', 644], { opened: ['19/ago/2025', '2025-08-19'] }),
  centre('arauca', 'Arauca', 'NEW', '81001', ['Arauca', 51]),
  centre('maicao', 'Maicao', 'NEW', '44430', null, { opened: ['04/sep/2025', '2025-09-04'] }),
  centre('jurado', 'Juradó', 'NEW', '27372', ['Juradó', 103], { opened: ['23/juli/2025', '2025-07-23'] }),
  centre('necocli', 'Necoclí (piloto)', 'NEW', '05490', ['Necoclí (piloto)', 10], {
    opened: ['09/sep/2025', '2025-09-09'],
    pilot: true,
  }),
  centre('acandi', 'Acandí', 'PROJECTED', '27006', null),
  centre('ipiales', 'Ipiales', 'PROJECTED', '52356', null),
  centre('buenaventura', 'Buenaventura', 'PROJECTED', '76109', null),
];

export async function seedFigures(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('integrate_centre')
    .values(
      CENTRES.map(({ opened, pilot, ...row }, index) => ({
        ...row,
        position: index + 1,
        pilot: pilot ? 1 : 0,
        opened_text: opened?.[0] ?? null,
        opened_date: opened?.[1] ?? null,
        attendance_period_id: row.people_attended === null ? null : ATTENDANCE_PERIOD,
      })),
    )
    .execute();

  await db
    .insertInto('stated_figure')
    .values([
      {
        action_number: 1,
        code: 'INVESTMENT_COP',
        value: 13_000_000_000,
        as_written: '$13 mil millones',
        period_id: '2025',
        period_as_written: 'Durante el año 2025',
      },
      { action_number: 1, code: 'CENTRES', value: 19, as_written: '19', period_id: '2025', period_as_written: 'Durante el año 2025' },
      {
        action_number: 1,
        code: 'PEOPLE_ATTENDED',
        value: 113_142,
        as_written: '113.142',
        period_id: ATTENDANCE_PERIOD,
        period_as_written: 'Desde 1 de enero hasta el 30 de septiembre del 2025',
      },
      {
        action_number: 2,
        code: 'TRAININGS',
        value: 3,
        as_written: 'tres',
        period_id: ATTENDANCE_PERIOD,
        period_as_written: 'enero a septiembre de 2025',
      },
      {
        action_number: 2,
        code: 'OFFICIALS_TRAINED',
        value: 92,
        as_written: '92',
        period_id: ATTENDANCE_PERIOD,
        period_as_written: 'enero a septiembre de 2025',
      },
      {
        action_number: 3,
        code: 'COMMUNITY_SPACES',
        value: 4,
        as_written: 'cuatro (4)',
        period_id: JAN_TO_OCT_30,
        period_as_written: 'enero al 30 de octubre de 2025',
      },
      {
        action_number: 3,
        code: 'COMMUNITY_PARTICIPANTS',
        value: 117,
        as_written: '117',
        period_id: JAN_TO_OCT_30,
        period_as_written: 'enero al 30 de octubre de 2025',
      },
      {
        action_number: 4,
        code: 'ROUNDTABLES',
        value: 5,
        as_written: 'cinco',
        period_id: JAN_TO_OCT_30,
        period_as_written: 'durante el 2025, con corte al 30 de octubre',
      },
      {
        action_number: 5,
        code: 'TECHNICAL_TABLES',
        value: 7,
        as_written: '7',
        period_id: '2025Q3',
        period_as_written: 'tercer trimestre del 2025',
      },
      {
        action_number: 10,
        code: 'ORGANISATIONS_MAPPED',
        value: 101,
        as_written: '101',
        period_id: JAN_TO_OCT_30,
        period_as_written: 'corte al 30 de octubre del 2025',
      },
    ])
    .execute();

  await db
    .insertInto('training_criterion')
    .values([
      { position: 1, text: 'Mecanismo de regularización migratoria: Permiso Especial de Permanencia PEP Tutor' },
      { position: 2, text: 'Observatorio Nacional de Migración y Salud' },
      { position: 3, text: 'Jornada de prevención y lucha contra la trata, Centros Intégrate libre de trata.' },
    ])
    .execute();

  await db
    .insertInto('training')
    .values([
      {
        position: 1,
        topic: 'implementación del PEP Tutor',
        partner: 'Subdirección de Extranjería de Migración Colombia',
        held_text: '25 de septiembre',
        held_date: '2025-09-25',
        modality: 'VIRTUAL',
      },
      {
        position: 2,
        topic: 'Observatorio Nacional de Migración y Salud',
        partner: 'Ministerio de Salud y Protección Social Oficina de Promoción Social',
        held_text: '19 de septiembre',
        held_date: '2025-09-19',
        modality: 'VIRTUAL',
      },
      {
        position: 3,
        topic: 'prevención y lucha contra la trata',
        partner: 'Ministerio del Interior Subdirección de Gobierno, Gestión Territorial y Lucha contra la Trata',
        held_text: '26 de septiembre',
        held_date: '2025-09-26',
        modality: 'VIRTUAL',
      },
    ])
    .execute();

  const cocreation =
    'Taller de pedagogía territorial - Espacio de co-creación de modelo de atención y experiencia de servicio de los centros de atención íntegrate, para migrantes, población de acogida, en tránsito, retornados y refugiados';
  await db
    .insertInto('community_space')
    .values([
      {
        position: 1,
        name: cocreation,
        held_text: '11 de julio',
        held_date: '2025-07-11',
        venue_text: 'Super CAD 30',
        municipality_code: '11001',
        modality: null,
        participants_description:
          'Migración Colombia, DNP, representantes del GIFMM Nacional, representantes de organizaciones comunitarias, beneficiarios de los centros íntegrate (personas migrantes).',
        participants: 30,
      },
      {
        position: 2,
        name: cocreation,
        held_text: '04 de septiembre',
        held_date: '2025-09-04',
        venue_text: 'Riohacha',
        municipality_code: '44001',
        modality: null,
        participants_description:
          'representantes de organizaciones de cooperación internacional Consejo Danés, Organizaciones de base comunitaria: CorpoGuajira y liderazgos comunitarios, delegados de la alcaldía de Riohacha.',
        participants: 26,
      },
      {
        position: 3,
        name: 'Taller de pedagogía territorial: co-creación de la ruta de atención humanitaria con enfoque diferencial para la movilidad segura o la integración de migrantes en Necoclí.',
        held_text: '16 de octubre',
        held_date: '2025-10-16',
        venue_text: 'Necoclí',
        municipality_code: '05490',
        modality: null,
        participants_description:
          'entidades territoriales: Hospital San Sebastián, Defensoría del Pueblo, Alcaldía de Necoclí, Cancillería enlace CRORE, ICBF, Centro Intégrate de Necoclí. Organizaciones de base comunitaria: Compartir, Red Vida, liderazgos comunitarios de la Junta de Acción comunal. Agencia de Cooperación: Samaritans Purse y ACNUR.',
        participants: 22,
      },
      {
        position: 4,
        name: 'Espacio de participación comunitaria sobre Mecanismos de Regularización: PEP Tutor y el Sistema de Protección Internacional Refugio',
        held_text: '16 de octubre',
        held_date: '2025-10-16',
        venue_text: null,
        municipality_code: null,
        modality: 'HYBRID',
        participants_description: 'organizaciones de base comunitaria con acompañamiento de los Centros Intégrate en el país',
        participants: 39,
      },
    ])
    .execute();

  await db
    .insertInto('migration_roundtable')
    .values([
      {
        position: 1,
        name: 'mesa migratoria departamental de La Guajira',
        held_text: 'Septiembre 09 de 2025',
        held_date: '2025-09-09',
        department_code: '44',
        venue_text: null,
        modality: 'VIRTUAL',
        commitments: null,
      },
      {
        position: 2,
        name: 'Encuentro Interinstitucional sobre Migración y Desarrollo del Chocó',
        held_text: '02 de octubre',
        held_date: '2025-10-02',
        department_code: '27',
        venue_text: 'Bogotá',
        modality: null,
        commitments:
          'Ampliar la cobertura de los centros íntegrate al municipio de Acandí, Chocó fortalecido con una línea de atención humanitaria (esto último condicionado al convenio que se establezca con el aliado estratégico ).',
      },
      {
        position: 3,
        name: 'mesa migratoria de Antioquia',
        held_text: '08 de octubre',
        held_date: '2025-10-08',
        department_code: '05',
        venue_text: null,
        modality: 'HYBRID',
        commitments: null,
      },
      {
        position: 4,
        name: 'mesa migratoria del departamento de La Guajira',
        held_text: '29 de octubre',
        held_date: '2025-10-29',
        department_code: '44',
        venue_text: null,
        modality: 'IN_PERSON',
        commitments: null,
      },
    ])
    .execute();

  await db
    .insertInto('technical_table')
    .values([
      { position: 1, held_text: '21 de julio', held_date: '2025-07-21', topic: 'Mesa de transporte humanitario.' },
      {
        position: 2,
        held_text: '05 de agosto',
        held_date: '2025-08-05',
        topic: 'Mesa atención a NNA migrantes en escenarios de flujos inversos, en los puntos de ingreso a Colombia.',
      },
      {
        position: 3,
        held_text: '13 de agosto',
        held_date: '2025-08-13',
        topic:
          'Mesa de transporte humanitario para avanza en la construcción de lineamientos para el transporte humanitario de migrantes en Colombia.',
      },
      { position: 4, held_text: '21 de agosto', held_date: '2025-08-21', topic: 'Mesa de trabajo ruta de atención a NNA migrantes.' },
      {
        position: 5,
        held_text: '22 de agosto',
        held_date: '2025-08-22',
        topic: 'Mesa de transporte humanitario para avanzar en la propuesta.',
      },
      {
        position: 6,
        held_text: '28 de agosto',
        held_date: '2025-08-28',
        topic: 'Mesa de trabajo ruta de atención humanitaria con enfoque diferencial.',
      },
      {
        position: 7,
        held_text: '22 de septiembre',
        held_date: '2025-09-22',
        topic: 'Mesa de trabajo ruta de atención humanitaria con enfoque diferencial (transporte humanitario)',
      },
    ])
    .execute();

  await db
    .insertInto('technical_table_entity')
    .values(
      [
        'ICBF',
        'Migración Colombia',
        'Ministerio del Interior',
        'Ministerio de Relaciones Exteriores',
        'Ministerio de Transporte',
        'Supertransporte',
      ].map((name, index) => ({ position: index + 1, name })),
    )
    .execute();
}
