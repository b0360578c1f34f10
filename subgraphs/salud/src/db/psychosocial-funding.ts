import type { Kysely } from 'kysely';
import type { Database, PsychosocialFundingRow } from './database.js';

export function findFunding(db: Kysely<Database>, actionNumber: number): Promise<PsychosocialFundingRow | undefined> {
  return db.selectFrom('psychosocial_funding').selectAll().where('action_number', '=', actionNumber).executeTakeFirst();
}
