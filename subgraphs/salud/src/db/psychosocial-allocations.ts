import type { Kysely } from 'kysely';
import type { Database, PsychosocialAllocationRow, PsychosocialAllocationTable } from './database.js';

/** Allocations in the order the report lists them, optionally of one status. */
export function listAllocations(db: Kysely<Database>, status?: PsychosocialAllocationTable['status'] | null): Promise<PsychosocialAllocationRow[]> {
  let query = db.selectFrom('psychosocial_allocation').selectAll();
  if (status) query = query.where('status', '=', status);
  return query.orderBy('position').execute();
}

export interface AllocationTotals {
  allocatedTotal: number;
  transferredTotal: number;
  desistedCount: number;
}

/** Totals derived from the itemised allocations, never from the report's rounded statement. */
export async function allocationTotals(db: Kysely<Database>): Promise<AllocationTotals> {
  const row = await db
    .selectFrom('psychosocial_allocation')
    .select((eb) => [
      eb.fn.sum<number>('amount').as('allocatedTotal'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'TRANSFERRED').then(eb.ref('amount')).else(0).end()).as('transferredTotal'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'DESISTED').then(1).else(0).end()).as('desistedCount'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}
