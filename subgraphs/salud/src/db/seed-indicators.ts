import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Technical sheets of Salud's indicators. The report gives no baseline or target for any of them. */
export async function seedIndicators(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('indicator')
    .values([
      {
        code: 'SALUD-12-ASIGNACION',
        position: 1,
        action_number: 12,
        name: 'Recursos asignados para el acompañamiento psicosocial',
        description:
          'Pesos asignados por la Resolución 1409 de 2025 a cada municipio priorizado para contratar el equipo psicosocial, incluidos los municipios que luego desistieron.',
        unit: 'COP',
        accumulation: 'FLOW',
        territory_level: 'MUNICIPALITY',
        baseline: null,
        target: null,
      },
      {
        code: 'SALUD-12-GIRO',
        position: 2,
        action_number: 12,
        name: 'Recursos girados a las E.S.E. para el acompañamiento psicosocial',
        description: 'Pesos efectivamente girados a la E.S.E. de cada municipio; excluye los municipios que desistieron.',
        unit: 'COP',
        accumulation: 'FLOW',
        territory_level: 'MUNICIPALITY',
        baseline: null,
        target: null,
        // Nothing is transferred beyond what was allocated to the same municipality in the same year.
        bounded_by: 'SALUD-12-ASIGNACION',
      },
      {
        code: 'SALUD-12-TRANSFERENCIAS',
        position: 3,
        action_number: 12,
        name: 'Transferencias realizadas',
        description: 'Número de transferencias de recursos realizadas en el año, según lo declara el informe.',
        unit: 'COUNT',
        accumulation: 'FLOW',
        territory_level: 'NATIONAL',
        baseline: null,
        target: null,
      },
    ])
    .execute();
}
