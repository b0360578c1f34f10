import type { Kysely } from 'kysely';
import type { Database, IntegrateCentreRow, IntegrateCentreTable } from './database.js';

export interface CentreFilter {
  status?: IntegrateCentreTable['status'] | null;
  municipalityCode?: string;
  departmentCode?: string;
}

/** Centres in the order of the report's list. */
export function listCentres(db: Kysely<Database>, filter: CentreFilter = {}): Promise<IntegrateCentreRow[]> {
  let query = db.selectFrom('integrate_centre').selectAll('integrate_centre');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.municipalityCode) query = query.where('municipality_code', '=', filter.municipalityCode);
  if (filter.departmentCode) {
    query = query
      .innerJoin('municipality', 'municipality.code', 'integrate_centre.municipality_code')
      .where('municipality.department_code', '=', filter.departmentCode);
  }
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
