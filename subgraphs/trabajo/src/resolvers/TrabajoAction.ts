import { findAgreement } from '../db/employment-placement.js';
import { trabajoFindings } from '../db/findings.js';
import type { TrabajoActionResolvers } from '../generated/resolvers-types.js';

const FORMALIZATION_ACTION = 7;

export const TrabajoAction: TrabajoActionResolvers = {
  ownFindings: (action, _, { db }) => trabajoFindings(db, action.number),
  laborFormalization: (action) => (action.number === FORMALIZATION_ACTION ? action : null),
  employmentPlacement: async (action, _, { db }) => (await findAgreement(db, action.number)) ?? null,
};
