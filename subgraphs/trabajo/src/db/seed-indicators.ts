import type { Kysely } from 'kysely';
import type { IndicatorTable } from '@cnim/kit';
import type { Database } from './database.js';

const sheet = (
  code: string,
  action_number: number,
  fields: Omit<IndicatorTable, 'code' | 'action_number' | 'position' | 'baseline' | 'target' | 'bounded_by'>,
) => ({
  code,
  action_number,
  baseline: null,
  target: null,
  ...fields,
});

/** Technical sheets of Trabajo's indicators. The report gives no baseline or target for any of them. */
export async function seedIndicators(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('indicator')
    .values(
      [
        sheet('TRABAJO-7-RNFL-PARTICIPANTES', 7, {
          name: 'Participantes de la Red Nacional de Formalización Laboral en departamentos fronterizos',
          description: 'Participantes totales de la RNFL en cada departamento fronterizo.',
          unit: 'PEOPLE',
          accumulation: 'FLOW',
          territory_level: 'DEPARTMENT',
        }),
        sheet('TRABAJO-7-RNFL-MIGRANTES', 7, {
          name: 'Participantes migrantes en las intervenciones de la RNFL',
          description: 'Participantes migrantes en las intervenciones de la Red Nacional de Formalización Laboral, por trimestre.',
          unit: 'PEOPLE',
          accumulation: 'FLOW',
          territory_level: 'NATIONAL',
        }),
        sheet('TRABAJO-15-CONVENIOS', 15, {
          name: 'Convenios de asociación firmados para el programa de colocación laboral',
          description: 'Convenios de asociación firmados del programa a ejecutar, según el reporte cuantitativo del informe.',
          unit: 'COUNT',
          accumulation: 'CUMULATIVE',
          territory_level: 'NATIONAL',
        }),
        sheet('TRABAJO-15-MANUALES', 15, {
          name: 'Manuales operativos de los aliados implementadores',
          description: 'Manuales operativos de los prestadores aliados hechos para el año 2025, según el reporte cuantitativo del informe.',
          unit: 'COUNT',
          accumulation: 'CUMULATIVE',
          territory_level: 'NATIONAL',
        }),
      ].map((row, index) => ({ ...row, position: index + 1 })),
    )
    .execute();
}
