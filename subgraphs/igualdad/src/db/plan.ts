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

export function listOwnNarratives(db: Kysely<Database>): Promise<Array<{ number: number; narrative: string | null }>> {
  return db.selectFrom('action').select(['number', 'narrative']).orderBy('number').execute();
}
