import { ministryMutations } from '@cnim/kit';
import type { MutationResolvers, IgualdadMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  igualdad: () => ({}),
};

export const IgualdadMutations: IgualdadMutationsResolvers = ministryMutations('IGUALDAD');
