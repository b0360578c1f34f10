import { recordValue, setTaskStatus, submitReport } from '@cnim/kit';
import type { MutationResolvers, IgualdadMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  igualdad: () => ({}),
};

export const IgualdadMutations: IgualdadMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'IGUALDAD', input),
  submitReport: (_, { input }, { db, identity }) => submitReport(db, identity, 'IGUALDAD', input),
  recordValue: (_, { input }, { db, identity }) => recordValue(db, identity, 'IGUALDAD', input),
};
