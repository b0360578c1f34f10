import { nonexistentDeadlines, readSpanishAmount, statedMismatch, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { allocationTotals, listAllocations } from './psychosocial-allocations.js';
import { findFunding } from './psychosocial-funding.js';

/** Salud's rules: the stated total and transfer count against the itemised allocations; real dates. */
export async function saludFindings(db: Kysely<Database>, actionNumber: number): Promise<FindingView[]> {
  const findings = await nonexistentDeadlines(db, actionNumber);
  const funding = await findFunding(db, actionNumber);
  if (!funding) return findings;
  const { allocatedTotal } = await allocationTotals(db);
  const statedTotal = readSpanishAmount(funding.stated_total_text);
  const transfers = (await listAllocations(db, 'TRANSFERRED')).length;
  return [
    ...(statedTotal === null ? [] : statedMismatch(actionNumber, 'total asignado', { value: statedTotal, asWritten: funding.stated_total_text }, allocatedTotal)),
    ...statedMismatch(actionNumber, 'transferencias', { value: funding.stated_transfer_count, asWritten: null }, transfers),
    ...findings,
  ];
}
