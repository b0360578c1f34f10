import { numberedTasks } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

const REPORT_CUT = 'Noviembre 2025';

interface ActionText {
  number: number;
  title: string;
  tasks: string[];
  narrative: string[];
}

/** Actions 1-5 and 10 as the report writes them (typos included); paragraphs joined with newlines. */
const ACTIONS: ActionText[] = [
  {
    number: 1,
    title:
      'Brindar atención a la población migrante, colombianos retornados y comunidad de acogida, de acuerdo con el modelo integral de atención e integración',
    tasks: [
      'Coordinar las acciones logísticas, técnicas para la implementación y sostenimiento de los Centros Intégrate.',
      'Analizar los contextos o dinámicas de los flujos migratorios a nivel regional y su impacto en territorios de tránsito o permanencia para la toma de decisiones de la Dirección.',
      'Ampliación estratégica de la Cobertura de los Centros Intégrate en Colombia.',
      'Realizar seguimiento, monitoreo a las atenciones realizadas en los centros intégrate del país.',
    ],
    narrative: [
      'Durante el año 2025, el Ministerio de Igualdad y Equidad, ha invertido $13 mil millones para la implementación y sostenimiento de 19 centros Intégrate: 11 centros iniciales que se han fortalecido en las ciudades de Bogotá Super CAD30, CAD Engativá y CAD Suba, Medellín, Cúcuta, Bucaramanga, Cali, Santa Marta, Cartagena, Barranquilla, Riohacha; cinco (5) nuevos en los territorios de Soacha, Arauca, Maicao Juradó y Necoclí (piloto), tres (3) centros proyectados en los municipios de Acandí, Ipiales y Buenaventura. Desde 1 de enero hasta el 30 de septiembre del 2025, se han atendido un total de 113.142 personas, desagregado de la siguiente manera:',
      'Arauca: 51 Barranquilla: 6.933, Bogotá D.C. - CAD 30: 10.526, CAD Engativá: 8.872, Super CAD Suba: 7.908, Soacha: 644 Bucaramanga: 7524, Cali: 10.561, Cartagena: 8.661, Cúcuta: 14.344, Medellín: 9.455, Necoclí (piloto): 10 Riohacha: 15.890, Santa Marta: 11.660 Juradó: 103',
      'Fechas de apertura de los nuevos centros: Maicao (04/sep/2025), Necoclí (09/sep/2025), Juradó (23/juli/2025), Soacha (19/ago/2025)',
    ],
  },
  {
    number: 2,
    title:
      'Desarrollar espacios de formación en asuntos de integración y atención para los funcionarios públicos y contratistas de municipios y departamentos que tienen espacios de articulación para la gestión y gobernanza de las migraciones.',
    tasks: [
      'Establecer criterios de formación para funcionarios y contratistas que hacen parte del sector de migración y coordinar con las entidades del nivel nacional de la Subcomisión para la priorización de las temáticas con enfoque territorial e interseccional.',
      'Construir un cronograma con las entidades de la Subcomisión para desarrollar los espacios de formación en las temáticas priorizadas dirigidas a los funcionarios y contratistas con enfoque territorial e interseccional.',
      'Desarrollar los espacios de formación de las temáticas priorizadas dirigidos a los funcionarios y contratistas en territorio.',
      'Elaborar un informe consolidado de los espacios de formación desarrollados con análisis y recomendaciones.',
    ],
    narrative: [
      'Entre los criterios de formación para funcionarios y contratistas se identificaron los siguientes:',
      '1. Mecanismo de regularización migratoria: Permiso Especial de Permanencia PEP Tutor',
      '2. Observatorio Nacional de Migración y Salud',
      '3. Jornada de prevención y lucha contra la trata, Centros Intégrate libre de trata.',
      'Durante el período de enero a septiembre de 2025, se han desarrollado tres espacios de formación dirigidos a funcionarios y contratistas. Se coordinó con la Subdirección de Extranjería de Migración Colombia, y se desarrolló capacitación a los funcionarios de los Centros Intégrate sobre la implementación del PEP Tutor (25 de septiembre).',
      'Así mismo, se coordinó con el Ministerio de Salud y Protección Social Oficina de Promoción Social y se desarrolló capacitación y socialización sobre el Observatorio Nacional de Migración y Salud a los funcionarios de los Centros Intégrate del país. (19 de septiembre).',
      'Finalmente, con el Ministerio del Interior Subdirección de Gobierno, Gestión Territorial y Lucha contra la Trata se concertó y se desarrolló capacitación sobre la prevención y lucha contra la trata a los funcionarios de los centros Intégrate (26 de septiembre).',
      'Los tres espacios de formación se realizaron de manera virtual y participaron 92 funcionarios.',
    ],
  },
  {
    number: 3,
    title:
      'Desarrollar espacios de participación comunitaria para promocionar la oferta de servicios del Estado dirigidos a la población migrante',
    tasks: [
      'Identificar las necesidades de las comunidades que trabajan con población migrante en los territorios y coordinar con las entidades del nivel nacional de la Subcomisión para la priorización de las temáticas con enfoque territorial e interseccional.',
      'Construir un cronograma con las entidades de la Subcomisión para desarrollar los espacios de formación en las temáticas priorizadas dirigidas a los liderazgos comunitarios, organizaciones de base comunitaria, entre otros con enfoque territorial e interseccional.',
      'Desarrollar los espacios de formación de las temáticas priorizadas dirigidos a los liderazgos comunitarios, organizaciones de base comunitaria en territorio.',
      'Elaborar un informe consolidado de los espacios de formación desarrollados con análisis y recomendaciones.',
    ],
    narrative: [
      'Durante el período de enero al 30 de octubre de 2025, se han desarrollado cuatro (4) espacios de participación comunitaria, articulados con entidades que hacen parte de la Subcomisión.',
      '1. Taller de pedagogía territorial - Espacio de co-creación de modelo de atención y experiencia de servicio de los centros de atención íntegrate, para migrantes, población de acogida, en tránsito, retornados y refugiados desarrollado el 11 de julio: Super CAD 30. Entre las entidades o personas que participaron: Migración Colombia, DNP, representantes del GIFMM Nacional, representantes de organizaciones comunitarias, beneficiarios de los centros íntegrate (personas migrantes). En el evento participaron 30 personas.',
      '2. Taller de pedagogía territorial - Espacio de co-creación de modelo de atención y experiencia de servicio de los centros de atención íntegrate, para migrantes, población de acogida, en tránsito, retornados y refugiados desarrollado el 04 de septiembre: Riohacha. Entre las entidades que participaron: representantes de organizaciones de cooperación internacional Consejo Danés, Organizaciones de base comunitaria: CorpoGuajira y liderazgos comunitarios, delegados de la alcaldía de Riohacha. En el evento participaron 26 asistentes.',
      '3. Taller de pedagogía territorial: co-creación de la ruta de atención humanitaria con enfoque diferencial para la movilidad segura o la integración de migrantes en Necoclí. 16 de octubre: Necoclí. Durante el taller participaron 22 personas de las entidades territoriales: Hospital San Sebastián, Defensoría del Pueblo, Alcaldía de Necoclí, Cancillería enlace CRORE, ICBF, Centro Intégrate de Necoclí. Organizaciones de base comunitaria: Compartir, Red Vida, liderazgos comunitarios de la Junta de Acción comunal. Agencia de Cooperación: Samaritans Purse y ACNUR.',
      '4. Espacio de participación comunitaria sobre Mecanismos de Regularización: PEP Tutor y el Sistema de Protección Internacional Refugio desarrollado el 16 de octubre: Espacio híbrido donde se capacitó sobre la implementación del PEP Tutor por parte de Migración Colombia y el Sistema de protección Internacional Refugio por parte del Ministerio de Relaciones Exteriores, donde participaron organizaciones de base comunitaria con acompañamiento de los Centros Intégrate en el país. En el evento se registraron 39 asistentes.',
      'En los cuatro espacios de participación comunitaria que se han desarrollado, han participado 117 personas de la comunidad y actores institucionales.',
    ],
  },
  {
    number: 4,
    title:
      'Acompañar las mesas migratorias o escenarios de coordinación territorial para brindar información y orientaciones sobre los programas de atención e integración para la población migrante.',
    tasks: [
      'Coordinar con el Ministerio de Relaciones Exteriores, las mesas migratorias priorizadas a nivel nacional.',
      'Construir el cronograma de las mesas migratorias priorizadas',
      'Participar y acompañar los escenarios de articulación territorial.',
      'Realizar seguimiento a los compromisos adquiridos en los escenarios de articulación territorial.',
    ],
    narrative: [
      'De acuerdo con la priorización del Ministerio de Relaciones Exteriores, la Dirección para la población migrante durante el 2025, con corte al 30 de octubre ha participado en cinco escenarios de articulación territorial o mesas migratorias:',
      '-Septiembre 09 de 2025, la Dirección para la población migrante participó de manera virtual en la mesa migratoria departamental de La Guajira donde se socializaron las acciones adelantadas por el Ministerio de Igualdad y Equidad lideradas por la Dirección para la población migrante en el marco del XV Foro Mundial de Migración y Desarrollo que tuvo lugar en Riohacha.',
      '-Así mismo, el 02 de octubre, la Dirección para la población migrante y la Dirección de alianzas estratégicas del Ministerio de Igualdad y Equidad, participó en la ciudad de Bogotá en el Encuentro Interinstitucional sobre Migración y Desarrollo del Chocó, convocado en el marco de la Comisión Nacional Intersectorial de Migraciones (CNIM), con los siguientes objetivos:',
      '1. Establecer el Plan de Acción fronterizo para la Migración y el Desarrollo en el Chocó.',
      '2. Fortalecer la gestión migratoria mediante la alineación de esfuerzos conjuntos entre el gobierno nacional y las autoridades locales del Chocó.',
      'Durante el desarrollo del evento los compromisos que asumió el Ministerio de Igualdad y Equidad corresponde a los siguientes:',
      'Ampliar la cobertura de los centros íntegrate al municipio de Acandí, Chocó fortalecido con una línea de atención humanitaria (esto último condicionado al convenio que se establezca con el aliado estratégico ).',
      '-Además, el 08 de octubre la Dirección para la población migrante, participó de manera híbrida en la mesa migratoria de Antioquia, donde se abordó el tema de Necoclí y otras acciones territoriales para la atención a la población migrante. -29 de octubre, la Dirección para la población migrante participó de manera presencial en la mesa migratoria del departamento de La Guajira',
    ],
  },
  {
    number: 5,
    title: 'Construir lineamientos para la atención humanitaria e inmediata de la población migrante.',
    tasks: [
      'Realizar las mesas técnicas de trabajo.',
      'Definir la estructura del documento y la responsabilidad de las entidades en su construcción e iniciar la elaboración de los lineamientos.',
      'Realizar Prueba, validación y ajustes al documento.',
      'Entrega de la versión final del documento que contenga los lineamientos.',
    ],
    narrative: [
      'Para el reporte del tercer trimestre del 2025, se desarrollaron 7 mesas técnicas de trabajo para la recopilación de insumos e información. Estas mesas técnicas han contado con la participación de representantes de las entidades: ICBF, Migración Colombia, Ministerio del Interior, Ministerio de Relaciones Exteriores, Ministerio de Transporte, Supertransporte. Las fechas de las mesas técnicas corresponden a las siguientes: 21 de julio: Mesa de transporte humanitario. 05 de agosto: Mesa atención a NNA migrantes en escenarios de flujos inversos, en los puntos de ingreso a Colombia.',
      '13 de agosto: Mesa de transporte humanitario para avanza en la construcción de lineamientos para el transporte humanitario de migrantes en Colombia.',
      '21 de agosto: Mesa de trabajo ruta de atención a NNA migrantes.',
      '22 de agosto: Mesa de transporte humanitario para avanzar en la propuesta.',
      '28 de agosto: Mesa de trabajo ruta de atención humanitaria con enfoque diferencial.',
      '22 de septiembre: Mesa de trabajo ruta de atención humanitaria con enfoque diferencial (transporte humanitario)',
    ],
  },
  {
    number: 10,
    title:
      'Apoyar el proceso de actualización del directorio de organizaciones sociales y/o comunitarias del observatorio nacional de migración y salud que provean servicios de atención e integración a la población migrante y comunidad de acogida con el fin de articularlas con los centros íntegrate.',
    tasks: [
      'Diseño y validación del formato de recolección de la base de datos de Organizaciones sociales y comunitarias.',
      'Difundir la herramienta para la recolección de la información de las organizaciones de la sociedad civil.',
      'Primera versión del directorio.',
      'Actualización y publicación del directorio.',
    ],
    narrative: [
      'Para el reporte con corte al 30 de octubre del 2025 se desarrolló mesa de trabajo entre el Ministerio de Salud y el Ministerio de Igualdad para conocer el observatorio de Migración y Salud, así como diseñar y validar el formato o herramienta de recolección de información de las organizaciones sociales y/o comunitarias articuladas con los Centros íntegrate.',
      'Así mismo, se validó con el DNP el formato de Google forms para la solicitud de información de las organizaciones de base comunitaria y organizaciones de la sociedad civil que tengan acciones para la población migrante, refugiada y retornada y están articuladas con los Centros Intégrate. También, se envió a los coordinadores de los centros intégrate para iniciar el proceso de actualización del directorio de organizaciones. A la fecha, se ha avanzado en la consolidación del mapeo preliminar de organizaciones de base comunitaria (101 organizaciones) presentes en los territorios donde están los centros Intégrate.',
    ],
  },
];

export async function seedActions(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('action')
    .values(ACTIONS.map(({ number, title, narrative }) => ({ number, title, report_cut: REPORT_CUT, narrative: narrative.join('\n') })))
    .execute();
  await db
    .insertInto('task')
    .values(ACTIONS.flatMap(({ number, tasks }) => numberedTasks(number, tasks)))
    .execute();
}
