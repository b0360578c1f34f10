import { recordValue, setTaskStatus, submitReport, transitionPeriod } from '@cnim/kit';
import type { MutationResolvers, SenaMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  sena: () => ({}),
};

export const SenaMutations: SenaMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'SENA', input),
  submitReport: (_, { input }, { db, identity }) => submitReport(db, identity, 'SENA', input),
  recordValue: (_, { input }, { db, identity }) => recordValue(db, identity, 'SENA', input),
  submitPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'SENA', 'submit', input),
  approvePeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'SENA', 'approve', input),
  reopenPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'SENA', 'reopen', input),
};
