import { recordValue, setTaskStatus, submitReport, transitionPeriod } from '@cnim/kit';
import type { MutationResolvers, IgualdadMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  igualdad: () => ({}),
};

export const IgualdadMutations: IgualdadMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'IGUALDAD', input),
  submitReport: (_, { input }, { db, identity }) => submitReport(db, identity, 'IGUALDAD', input),
  recordValue: (_, { input }, { db, identity }) => recordValue(db, identity, 'IGUALDAD', input),
  submitPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'IGUALDAD', 'submit', input),
  approvePeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'IGUALDAD', 'approve', input),
  reopenPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'IGUALDAD', 'reopen', input),
};
