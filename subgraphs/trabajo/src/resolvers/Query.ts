import { listTrabajoActions } from '../db/employment-placement.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  trabajoActions: (_, __, { db }) => listTrabajoActions(db),
};
