import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Technical sheet of Educación's indicator. The report gives no baseline or target. */
export async function seedIndicators(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('indicator')
    .values({
      code: 'EDUCACION-11-SECRETARIAS',
      position: 1,
      action_number: 11,
      name: 'Secretarías de educación certificadas acompañadas en la Circular 038 de 2023',
      description:
        'Secretarías de educación certificadas (ETC) que recibieron acompañamiento en la implementación de la Circular 038 de 2023.',
      unit: 'COUNT',
      accumulation: 'FLOW',
      territory_level: 'NATIONAL',
      baseline: null,
      target: null,
    })
    .execute();
}
