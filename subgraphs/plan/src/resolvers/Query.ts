import { badUserInput } from '@cnim/kit';
import { listIndexedIndicators } from '../db/indicator-index.js';
import { findPlanAction, getPlan, listParticipants } from '../db/plan.js';
import { findCut, listCuts, selectCut } from '../db/report-cuts.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

function assertActionNumber(number: number, field: string): void {
  if (!Number.isInteger(number) || number < 1 || number > 15) {
    throw badUserInput(field, `El plan tiene 15 acciones, numeradas de 1 a 15; no existe la acción ${number}.`);
  }
}

export const Query: QueryResolvers = {
  plan: async (_, { cut }, { db }) => ({ ...(await getPlan(db)), cut: await selectCut(db, cut) }),
  cuts: (_, __, { db }) => listCuts(db),
  cut: async (_, { id }, { db }) => (await findCut(db, id)) ?? null,
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
