import { recordValue, setTaskStatus, submitReport, transitionPeriod } from '@cnim/kit';
import type { MutationResolvers, TrabajoMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  trabajo: () => ({}),
};

export const TrabajoMutations: TrabajoMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'TRABAJO', input),
  submitReport: (_, { input }, { db, identity }) => submitReport(db, identity, 'TRABAJO', input),
  recordValue: (_, { input }, { db, identity }) => recordValue(db, identity, 'TRABAJO', input),
  submitPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'TRABAJO', 'submit', input),
  approvePeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'TRABAJO', 'approve', input),
  reopenPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'TRABAJO', 'reopen', input),
};
