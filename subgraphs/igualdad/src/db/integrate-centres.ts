import type { Kysely } from 'kysely';
import type { Database, IntegrateCentreRow, IntegrateCentreTable } from './database.js';

/** Centres in the order of the report's list, optionally of one status. */
export function listCentres(db: Kysely<Database>, status?: IntegrateCentreTable['status'] | null): Promise<IntegrateCentreRow[]> {
  let query = db.selectFrom('integrate_centre').selectAll();
  if (status) query = query.where('status', '=', status);
  return query.orderBy('position').execute();
}

/** Derived from the per-centre figures, to be compared with the total the report states. */
export async function sumPeopleAttended(db: Kysely<Database>): Promise<number> {
  const { total } = await db
    .selectFrom('integrate_centre')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('people_attended'), eb.lit(0)).as('total'))
    .executeTakeFirstOrThrow();
  return total;
}
