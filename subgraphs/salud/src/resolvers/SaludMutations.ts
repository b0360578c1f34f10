import { recordValue, setTaskStatus, submitReport } from '@cnim/kit';
import type { MutationResolvers, SaludMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  salud: () => ({}),
};

export const SaludMutations: SaludMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'SALUD', input),
  submitReport: (_, { input }, { db, identity }) => submitReport(db, identity, 'SALUD', input),
  recordValue: (_, { input }, { db, identity }) => recordValue(db, identity, 'SALUD', input),
};
