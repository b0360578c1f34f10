import { recordValue, setTaskStatus, submitReport, transitionPeriod } from '@cnim/kit';
import type { MutationResolvers, EducacionMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  educacion: () => ({}),
};

export const EducacionMutations: EducacionMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'EDUCACION', input),
  submitReport: (_, { input }, { db, identity }) => submitReport(db, identity, 'EDUCACION', input),
  recordValue: (_, { input }, { db, identity }) => recordValue(db, identity, 'EDUCACION', input),
  submitPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'EDUCACION', 'submit', input),
  approvePeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'EDUCACION', 'approve', input),
  reopenPeriod: (_, { input }, { db, identity }) => transitionPeriod(db, identity, 'EDUCACION', 'reopen', input),
};
