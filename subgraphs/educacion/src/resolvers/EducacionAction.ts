import { ownActionFields } from '@cnim/kit';
import { findStatedSecretariatCount } from '../db/accompaniments.js';
import type { EducacionActionResolvers } from '../generated/resolvers-types.js';

export const EducacionAction: EducacionActionResolvers = {
  ...ownActionFields,
  circular038: async (action, _, { db }) => {
    const statedSecretariatCount = await findStatedSecretariatCount(db, action.number);
    return statedSecretariatCount === null ? null : { statedSecretariatCount };
  },
};
