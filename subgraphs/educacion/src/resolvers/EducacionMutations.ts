import { ministryMutations } from '@cnim/kit';
import type { MutationResolvers, EducacionMutationsResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  educacion: () => ({}),
};

export const EducacionMutations: EducacionMutationsResolvers = ministryMutations('EDUCACION');
