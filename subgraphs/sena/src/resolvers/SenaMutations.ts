import { setTaskStatus } from '@cnim/kit';
import type { MutationResolvers, SenaMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  sena: () => ({}),
};

export const SenaMutations: SenaMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'SENA', input),
};
