import { nonexistentDeadlines, statedMismatch, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { findAgreement, getStatedCount, listAlliedProviders } from './employment-placement.js';

/** Trabajo's rules: one manual per allied provider it names; real dates. */
export async function trabajoFindings(db: Kysely<Database>, actionNumber: number): Promise<FindingView[]> {
  const findings = await nonexistentDeadlines(db, actionNumber);
  const agreement = await findAgreement(db, actionNumber);
  if (!agreement) return findings;
  // The stated count of the report's period, as of the latest approved cut.
  const manuals = await getStatedCount(db, agreement, 'OPERATING_MANUALS', { period: agreement.period_id });
  return [
    ...statedMismatch(actionNumber, 'manuales operativos', { value: manuals, asWritten: null }, (await listAlliedProviders(db)).length),
    ...findings,
  ];
}
