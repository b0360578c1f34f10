import { findStatedSecretariatCount } from '../db/accompaniments.js';
import { educacionFindings } from '../db/findings.js';
import type { EducacionActionResolvers } from '../generated/resolvers-types.js';

export const EducacionAction: EducacionActionResolvers = {
  ownFindings: (action, _, { db }) => educacionFindings(db, action.number),
  circular038: async (action, _, { db }) => {
    const statedSecretariatCount = await findStatedSecretariatCount(db, action.number);
    return statedSecretariatCount === null ? null : { statedSecretariatCount };
  },
};
