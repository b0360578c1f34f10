import { ministryMutations } from '@cnim/kit';
import type { MutationResolvers, SenaMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  sena: () => ({}),
};

export const SenaMutations: SenaMutationsResolvers = ministryMutations('SENA');
