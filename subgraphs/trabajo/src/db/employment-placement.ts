import { nationalFigure, type FigureArgs } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { AgreementRow, AlliedProviderRow, Database } from './database.js';

/** Trabajo's indicators behind the counts the report states for action 15 (seed-indicators.ts). */
export const STATED_COUNTS = { AGREEMENTS_SIGNED: 'TRABAJO-15-CONVENIOS', OPERATING_MANUALS: 'TRABAJO-15-MANUALES' } as const;

export function findAgreement(db: Kysely<Database>, actionNumber: number): Promise<AgreementRow | undefined> {
  return db.selectFrom('agreement').selectAll().where('action_number', '=', actionNumber).executeTakeFirst();
}

export function listAlliedProviders(db: Kysely<Database>): Promise<AlliedProviderRow[]> {
  return db.selectFrom('allied_provider').selectAll().orderBy('position').execute();
}

/**
 * A count the report states for the programme (agreements signed, operating manuals), as the facts
 * hold it in a period as of a cut; by default in the period of the agreement's report (or of the cut, for a later one).
 */
export async function getStatedCount(
  db: Kysely<Database>,
  agreement: Pick<AgreementRow, 'period_id'>,
  code: keyof typeof STATED_COUNTS,
  args: FigureArgs,
): Promise<number> {
  const indicator = STATED_COUNTS[code];
  return nationalFigure(db, indicator, args, agreement.period_id);
}

export function listTrabajoActions(db: Kysely<Database>) {
  return db.selectFrom('action').selectAll().orderBy('number').execute();
}
