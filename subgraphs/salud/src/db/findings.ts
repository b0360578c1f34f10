import { nonexistentDeadlines, readSpanishAmount, statedMismatch, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { REPORT_PERIOD, allocatedTotal, listAllocations, readAllAllocations, statedTransferCount } from './psychosocial-allocations.js';
import { findFunding } from './psychosocial-funding.js';

/**
 * Salud's rules: the stated total and transfer count against the itemised allocations of the year the
 * report states them for (2025), as of the latest approved cut; real dates.
 */
export async function saludFindings(db: Kysely<Database>, actionNumber: number): Promise<FindingView[]> {
  const findings = await nonexistentDeadlines(db, actionNumber);
  const funding = await findFunding(db, actionNumber);
  if (!funding) return findings;
  const everyAllocation = await readAllAllocations(db, { period: REPORT_PERIOD });
  const allocated = allocatedTotal(everyAllocation);
  const statedTotal = readSpanishAmount(funding.stated_total_text);
  const transfers = listAllocations(everyAllocation, 'TRANSFERRED').length;
  return [
    ...(statedTotal === null
      ? []
      : statedMismatch(actionNumber, 'total asignado', { value: statedTotal, asWritten: funding.stated_total_text }, allocated)),
    ...statedMismatch(
      actionNumber,
      'transferencias',
      { value: await statedTransferCount(db, { period: REPORT_PERIOD }), asWritten: null },
      transfers,
    ),
    ...findings,
  ];
}
