import { MINISTRY_CODES, type MinistryCode } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database, PlanActionRow, PlanRow, StrategicAxisRow } from './database.js';

export function getPlan(db: Kysely<Database>): Promise<PlanRow> {
  return db.selectFrom('plan').selectAll().executeTakeFirstOrThrow();
}

export function listStrategicAxes(db: Kysely<Database>): Promise<StrategicAxisRow[]> {
  return db.selectFrom('strategic_axis').selectAll().orderBy('number').execute();
}

export function listPlanActions(db: Kysely<Database>): Promise<PlanActionRow[]> {
  return db.selectFrom('plan_action').selectAll().orderBy('number').execute();
}

export function findPlanAction(db: Kysely<Database>, number: number): Promise<PlanActionRow | undefined> {
  return db.selectFrom('plan_action').selectAll().where('number', '=', number).executeTakeFirst();
}

/** The ministries that own actions of the plan, in the registry's order (the order a BI refresh walks). */
export async function listParticipants(db: Kysely<Database>): Promise<MinistryCode[]> {
  const owners = new Set((await db.selectFrom('plan_action').select('ministry').distinct().execute()).map((row) => row.ministry));
  return MINISTRY_CODES.filter((code) => owners.has(code));
}
