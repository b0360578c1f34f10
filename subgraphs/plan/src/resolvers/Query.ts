import { badUserInput } from '@cnim/kit';
import { listIndexedIndicators } from '../db/indicator-index.js';
import { findPlanAction, getPlan, listParticipants } from '../db/plan.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

function assertActionNumber(number: number, field: string): void {
  if (!Number.isInteger(number) || number < 1 || number > 15) {
    throw badUserInput(field, `El plan tiene 15 acciones, numeradas de 1 a 15; no existe la acción ${number}.`);
  }
}

export const Query: QueryResolvers = {
  plan: (_, __, { db }) => getPlan(db),
  action: async (_, { number }, { db }) => {
    assertActionNumber(number, 'number');
    return (await findPlanAction(db, number)) ?? null;
  },
  indicators: (_, { filter }, { db }) => {
    if (filter?.action != null) assertActionNumber(filter.action, 'filter.action');
    return listIndexedIndicators(db, filter ?? {});
  },
  ministries: async (_, __, { db }) => (await listParticipants(db)).map((ministry) => ({ ministry })),
  ministry: (_, { code }) => ({ ministry: code }),
};
