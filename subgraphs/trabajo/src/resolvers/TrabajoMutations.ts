import { recordValue, setTaskStatus, submitReport } from '@cnim/kit';
import type { MutationResolvers, TrabajoMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  trabajo: () => ({}),
};

export const TrabajoMutations: TrabajoMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'TRABAJO', input),
  submitReport: (_, { input }, { db, identity }) => submitReport(db, identity, 'TRABAJO', input),
  recordValue: (_, { input }, { db, identity }) => recordValue(db, identity, 'TRABAJO', input),
};
