import { findCircular038 } from '../db/accompaniments.js';
import { educacionFindings } from '../db/findings.js';
import type { EducacionActionResolvers } from '../generated/resolvers-types.js';

export const EducacionAction: EducacionActionResolvers = {
  ownFindings: (action, _, { db }) => educacionFindings(db, action.number),
  circular038: (action, _, { db }) => findCircular038(db, action.number),
};
