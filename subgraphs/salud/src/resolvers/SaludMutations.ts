import { ministryMutations } from '@cnim/kit';
import type { MutationResolvers, SaludMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  salud: () => ({}),
};

export const SaludMutations: SaludMutationsResolvers = ministryMutations('SALUD');
