import { nonexistentDeadlines, readSpanishAmount, statedMismatch, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { allocatedTotal, listAllocations, readAllAllocations, statedTransferCount } from './psychosocial-allocations.js';
import { findFunding } from './psychosocial-funding.js';

/**
 * Salud's rules: the stated total and transfer count against the itemised allocations, all read as the
 * typed figures read them by default (latest approved cut, 2025); real dates.
 */
export async function saludFindings(db: Kysely<Database>, actionNumber: number): Promise<FindingView[]> {
  const findings = await nonexistentDeadlines(db, actionNumber);
  const funding = await findFunding(db, actionNumber);
  if (!funding) return findings;
  const everyAllocation = await readAllAllocations(db, {});
  const allocated = allocatedTotal(everyAllocation);
  const statedTotal = readSpanishAmount(funding.stated_total_text);
  const transfers = listAllocations(everyAllocation, 'TRANSFERRED').length;
  return [
    ...(statedTotal === null ? [] : statedMismatch(actionNumber, 'total asignado', { value: statedTotal, asWritten: funding.stated_total_text }, allocated)),
    ...statedMismatch(actionNumber, 'transferencias', { value: await statedTransferCount(db, {}), asWritten: null }, transfers),
    ...findings,
  ];
}
