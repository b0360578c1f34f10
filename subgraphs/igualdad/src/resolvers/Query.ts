import { listCentres } from '../db/integrate-centres.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  integrateCentres: (_, { status }, { db }) => listCentres(db, status),
};
