import { recordValue, setTaskStatus, submitReport, transitionPeriod } from '@cnim/kit';
import type { MutationResolvers, SaludMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  salud: () => ({}),
};

export const SaludMutations: SaludMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'SALUD', input),
  submitReport: (_, { input }, { db, identity }) => submitReport(db, identity, 'SALUD', input),
  recordValue: (_, { input }, { db, identity }) => recordValue(db, identity, 'SALUD', input),
  submitPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'SALUD', 'submit', input),
  approvePeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'SALUD', 'approve', input),
  reopenPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'SALUD', 'reopen', input),
};
