import type { Kysely } from 'kysely';
import type { AgreementRow, AlliedProviderRow, Database, StatedCountTable } from './database.js';

export function findAgreement(db: Kysely<Database>, actionNumber: number): Promise<AgreementRow | undefined> {
  return db.selectFrom('agreement').selectAll().where('action_number', '=', actionNumber).executeTakeFirst();
}

export function listAlliedProviders(db: Kysely<Database>): Promise<AlliedProviderRow[]> {
  return db.selectFrom('allied_provider').selectAll().orderBy('position').execute();
}

export async function getStatedCount(db: Kysely<Database>, actionNumber: number, code: StatedCountTable['code']): Promise<number> {
  const row = await db
    .selectFrom('stated_count')
    .select('value')
    .where('action_number', '=', actionNumber)
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.value;
}

export function listTrabajoActions(db: Kysely<Database>) {
  return db.selectFrom('action').selectAll().orderBy('number').execute();
}
