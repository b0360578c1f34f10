import { listAccompaniments, listTopics } from '../db/accompaniments.js';
import type { Circular038ProgrammeResolvers } from '../generated/resolvers-types.js';

export const Circular038Programme: Circular038ProgrammeResolvers = {
  topics: (_, __, { db }) => listTopics(db),
  accompaniments: (_, __, { db }) => listAccompaniments(db),
};
