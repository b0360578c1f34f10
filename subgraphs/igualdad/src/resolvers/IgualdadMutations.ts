import { setTaskStatus } from '@cnim/kit';
import type { MutationResolvers, IgualdadMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  igualdad: () => ({}),
};

export const IgualdadMutations: IgualdadMutationsResolvers = {
  setTaskStatus: (_, { input }, { db, identity }) => setTaskStatus(db, identity, 'IGUALDAD', input),
};
