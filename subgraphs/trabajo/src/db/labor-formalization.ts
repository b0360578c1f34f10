import type { Kysely } from 'kysely';
import type { Database, RnflDepartmentRow, RnflQuarterRow } from './database.js';

export function listRnflDepartments(db: Kysely<Database>): Promise<RnflDepartmentRow[]> {
  return db.selectFrom('rnfl_department').selectAll().orderBy('position').execute();
}

export async function sumRnflDepartments(db: Kysely<Database>): Promise<number> {
  const { total } = await db
    .selectFrom('rnfl_department')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('participants'), eb.lit(0)).as('total'))
    .executeTakeFirstOrThrow();
  return total;
}

export function listRnflQuarters(db: Kysely<Database>): Promise<RnflQuarterRow[]> {
  return db.selectFrom('rnfl_quarter').selectAll().orderBy('position').execute();
}
