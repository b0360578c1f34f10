import type { Kysely } from 'kysely';
import type { AdministrativeActRow, Database } from './database.js';

export function listActsOfAction(db: Kysely<Database>, actionNumber: number): Promise<AdministrativeActRow[]> {
  return db.selectFrom('administrative_act').selectAll().where('action_number', '=', actionNumber).orderBy('position').execute();
}

export function getAct(db: Kysely<Database>, id: string): Promise<AdministrativeActRow> {
  return db.selectFrom('administrative_act').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
