import { listAllocations } from '../db/psychosocial-allocations.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  psychosocialAllocations: (_, args, { db }) => listAllocations(db, args),
};
