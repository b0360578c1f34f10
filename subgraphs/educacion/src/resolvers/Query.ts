import { listAccompaniments } from '../db/accompaniments.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  circular038Accompaniments: (_, __, { db }) => listAccompaniments(db),
};
