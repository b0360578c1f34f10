import { listAccompaniments, listTopics, secretariatCount } from '../db/accompaniments.js';
import type { Circular038ProgrammeResolvers } from '../generated/resolvers-types.js';

export const Circular038Programme: Circular038ProgrammeResolvers = {
  statedSecretariatCount: (_, args, { loaders }) => secretariatCount(loaders, args),
  topics: (_, __, { db }) => listTopics(db),
  accompaniments: (_, __, { db }) => listAccompaniments(db),
};
