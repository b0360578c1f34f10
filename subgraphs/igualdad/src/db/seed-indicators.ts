import type { IndicatorTable } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

type Sheet = Omit<IndicatorTable, 'position' | 'baseline' | 'target' | 'bounded_by'>;

const national = (
  code: string,
  action_number: number,
  unit: Sheet['unit'],
  accumulation: Sheet['accumulation'],
  name: string,
  description: string,
): Sheet => ({
  code,
  action_number,
  unit,
  accumulation,
  territory_level: 'NATIONAL',
  name,
  description,
});

/** Technical sheets of Igualdad's indicators. The report gives no baseline or target for any of them. */
const SHEETS: Sheet[] = [
  {
    code: 'IGUALDAD-1-ATENCIONES',
    action_number: 1,
    unit: 'PEOPLE',
    accumulation: 'FLOW',
    territory_level: 'MUNICIPALITY',
    name: 'Personas atendidas en los Centros Intégrate',
    description:
      'Personas atendidas en cada Centro Intégrate (la sede del hecho es el centro). Su suma es el total que declara el informe.',
  },
  national(
    'IGUALDAD-1-INVERSION',
    1,
    'COP',
    'FLOW',
    'Inversión en los Centros Intégrate',
    'Pesos invertidos por el Ministerio de Igualdad y Equidad en la implementación y sostenimiento de los centros.',
  ),
  national(
    'IGUALDAD-1-CENTROS',
    1,
    'COUNT',
    'STOCK',
    'Centros Intégrate',
    'Centros Intégrate iniciales, nuevos y proyectados que declara el informe.',
  ),
  national(
    'IGUALDAD-2-FORMACIONES',
    2,
    'COUNT',
    'FLOW',
    'Espacios de formación a funcionarios',
    'Espacios de formación desarrollados para funcionarios y contratistas.',
  ),
  national(
    'IGUALDAD-2-FUNCIONARIOS',
    2,
    'PEOPLE',
    'FLOW',
    'Funcionarios formados',
    'Funcionarios que participaron en el conjunto de los espacios de formación.',
  ),
  national(
    'IGUALDAD-3-ESPACIOS',
    3,
    'COUNT',
    'FLOW',
    'Espacios de participación comunitaria',
    'Espacios de participación comunitaria desarrollados.',
  ),
  national(
    'IGUALDAD-3-PARTICIPANTES',
    3,
    'PEOPLE',
    'FLOW',
    'Participantes en espacios comunitarios',
    'Personas de la comunidad y actores institucionales que participaron, según el total que declara el informe.',
  ),
  national(
    'IGUALDAD-4-MESAS',
    4,
    'COUNT',
    'FLOW',
    'Mesas migratorias acompañadas',
    'Escenarios de articulación territorial o mesas migratorias en que participó el ministerio, según el número que declara el informe (relaciona uno menos).',
  ),
  national(
    'IGUALDAD-5-MESAS-TECNICAS',
    5,
    'COUNT',
    'FLOW',
    'Mesas técnicas de lineamientos',
    'Mesas técnicas de trabajo para construir los lineamientos de atención humanitaria.',
  ),
  national(
    'IGUALDAD-10-ORGANIZACIONES',
    10,
    'COUNT',
    'STOCK',
    'Organizaciones mapeadas',
    'Organizaciones de base comunitaria en el mapeo preliminar del directorio.',
  ),
];

export async function seedIndicators(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('indicator')
    .values(SHEETS.map((sheet, index) => ({ ...sheet, position: index + 1, baseline: null, target: null })))
    .execute();
}
