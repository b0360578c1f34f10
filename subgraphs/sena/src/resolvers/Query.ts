import { listSenaActions } from '../db/programmes.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  senaActions: (_, __, { db }) => listSenaActions(db),
};
