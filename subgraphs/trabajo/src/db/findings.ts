import { nonexistentDeadlines, statedMismatch, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { findAgreement, getStatedCount, listAlliedProviders } from './employment-placement.js';

/** Trabajo's rules: one manual per allied provider it names; real dates. */
export async function trabajoFindings(db: Kysely<Database>, actionNumber: number): Promise<FindingView[]> {
  const findings = await nonexistentDeadlines(db, actionNumber);
  if (!(await findAgreement(db, actionNumber))) return findings;
  const manuals = await getStatedCount(db, actionNumber, 'OPERATING_MANUALS');
  return [...statedMismatch(actionNumber, 'manuales operativos', { value: manuals, asWritten: null }, (await listAlliedProviders(db)).length), ...findings];
}
