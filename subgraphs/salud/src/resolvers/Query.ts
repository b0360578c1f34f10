import { listAllocations } from '../db/psychosocial-allocations.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  psychosocialAllocations: async (_, { status, ...args }, { loaders }) => listAllocations(await loaders.allAllocations(args), status),
};
