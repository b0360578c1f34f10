import { ministryMutations } from '@cnim/kit';
import type { MutationResolvers, TrabajoMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  trabajo: () => ({}),
};

export const TrabajoMutations: TrabajoMutationsResolvers = ministryMutations('TRABAJO');
