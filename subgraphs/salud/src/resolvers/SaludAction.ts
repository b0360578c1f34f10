import { listActsOfAction } from '../db/administrative-acts.js';
import { listAllocations } from '../db/psychosocial-allocations.js';
import { findFunding } from '../db/psychosocial-funding.js';
import { saludFindings } from '../db/findings.js';
import type { SaludActionResolvers } from '../generated/resolvers-types.js';

// Only action 12 allocates psychosocial funds; the other action has none.
const FUNDED_ACTION = 12;

export const SaludAction: SaludActionResolvers = {
  ownFindings: (action, _, { db }) => saludFindings(db, action.number),
  administrativeActs: (action, _, { db }) => listActsOfAction(db, action.number),
  psychosocialAllocations: async (action, { status, ...args }, { loaders }) =>
    action.number === FUNDED_ACTION ? listAllocations(await loaders.allAllocations(args), status) : [],
  psychosocialFunding: async (action, _, { db }) => (await findFunding(db, action.number)) ?? null,
};
