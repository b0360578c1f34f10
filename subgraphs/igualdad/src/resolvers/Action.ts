import type { Kysely } from 'kysely';
import type { Database, MinistryCode, PlanActionRow } from '../db/database.js';
import { findPlanAction } from '../db/plan.js';
import type { ActionResolvers } from '../generated/resolvers-types.js';

const TYPE_OF: Record<MinistryCode, 'IgualdadAction' | 'SaludAction' | 'SenaAction' | 'EducacionAction' | 'TrabajoAction'> = {
  IGUALDAD: 'IgualdadAction',
  SALUD: 'SaludAction',
  SENA: 'SenaAction',
  EDUCACION: 'EducacionAction',
  TRABAJO: 'TrabajoAction',
};

export const Action: ActionResolvers = {
  __resolveType: (action) => TYPE_OF[action.ministry],
};

/** The index fields every action type shares, whoever owns the action. */
export const indexFields = {
  ownerInReport: (action: PlanActionRow) => action.owner_in_report === 1,
};

/** An entity reference resolves only when the index gives the action to that ministry. */
export function resolveIndexedAction(ministry: MinistryCode) {
  return async ({ number }: { number: number }, { db }: { db: Kysely<Database> }) => {
    const action = await findPlanAction(db, number);
    return action?.ministry === ministry ? action : null;
  };
}
