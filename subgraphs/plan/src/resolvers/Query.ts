import { badUserInput } from '@cnim/kit';
import { listIndexedIndicators } from '../db/indicator-index.js';
import { findPlanAction, getPlan, listParticipants } from '../db/plan.js';
import { findPlanCut, listPlanCuts, selectPlanCut } from '../db/report-cuts.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

function assertActionNumber(number: number, field: string): void {
  if (!Number.isInteger(number) || number < 1 || number > 15) {
    throw badUserInput(field, `El plan tiene 15 acciones, numeradas de 1 a 15; no existe la acción ${number}.`);
  }
}

export const Query: QueryResolvers = {
  plan: async (_, { cut }, { db }) => ({ ...(await getPlan(db)), cut: await selectPlanCut(db, cut) }),
  cuts: (_, __, { db }) => listPlanCuts(db),
  cut: async (_, { id }, { db }) => (await findPlanCut(db, id)) ?? null,
  action: async (_, { number, cut }, { db }) => {
    assertActionNumber(number, 'number');
    const [action, inCut] = await Promise.all([findPlanAction(db, number), selectPlanCut(db, cut)]);
    return action ? { ...action, readCut: inCut.id } : null;
  },
  indicators: (_, { filter }, { db }) => {
    if (filter?.action != null) assertActionNumber(filter.action, 'filter.action');
    return listIndexedIndicators(db, filter ?? {});
  },
  ministries: async (_, __, { db }) => (await listParticipants(db)).map((ministry) => ({ ministry })),
  ministry: (_, { code }) => ({ ministry: code }),
};
