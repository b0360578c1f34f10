import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Technical sheets of SENA's indicators. The report says the guidance target was met but gives no value. */
export async function seedIndicators(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('indicator')
    .values([
      {
        code: 'SENA-8-ORIENTADOS',
        position: 1,
        action_number: 8,
        name: 'Migrantes orientados por la Agencia Pública de Empleo',
        description: 'Personas migrantes con orientación ocupacional de la APE del SENA, en total, mujeres y mujeres venezolanas.',
        unit: 'PEOPLE',
        accumulation: 'FLOW',
        territory_level: 'NATIONAL',
        baseline: null,
        target: null,
      },
      {
        code: 'SENA-9-CERTIFICADOS',
        position: 2,
        action_number: 9,
        name: 'Migrantes certificados en competencias laborales',
        description: 'Personas migrantes, retornadas y refugiadas provenientes de Venezuela certificadas por el proceso ECCL del SENA.',
        unit: 'PEOPLE',
        accumulation: 'FLOW',
        territory_level: 'NATIONAL',
        baseline: null,
        target: null,
      },
      {
        code: 'SENA-9-CENTROS',
        position: 3,
        action_number: 9,
        name: 'Centros de formación con oferta abierta',
        description: 'Centros de formación del SENA con la oferta de certificación abierta durante todo el año.',
        unit: 'COUNT',
        accumulation: 'STOCK',
        territory_level: 'NATIONAL',
        baseline: null,
        target: null,
      },
    ])
    .execute();
}
