import type { Kysely } from 'kysely';
import type { Database, PsychosocialAllocationRow, PsychosocialAllocationTable } from './database.js';

export interface AllocationFilter {
  status?: PsychosocialAllocationTable['status'] | null;
  municipalityCode?: string;
  departmentCode?: string;
}

/** Allocations in the order the report lists them. */
export function listAllocations(db: Kysely<Database>, filter: AllocationFilter = {}): Promise<PsychosocialAllocationRow[]> {
  let query = db.selectFrom('psychosocial_allocation').selectAll('psychosocial_allocation');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.municipalityCode) query = query.where('municipality_code', '=', filter.municipalityCode);
  if (filter.departmentCode) {
    query = query
      .innerJoin('municipality', 'municipality.code', 'psychosocial_allocation.municipality_code')
      .where('municipality.department_code', '=', filter.departmentCode);
  }
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
