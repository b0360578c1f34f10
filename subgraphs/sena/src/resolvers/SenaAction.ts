import { findProgramme } from '../db/programmes.js';
import { senaFindings } from '../db/findings.js';
import type { SenaActionResolvers } from '../generated/resolvers-types.js';

const GUIDANCE_ACTION = 8;
const CERTIFICATION_ACTION = 9;

export const SenaAction: SenaActionResolvers = {
  ownFindings: (action, _, { db }) => senaFindings(db, action.number),
  occupationalGuidance: (action, _, { db }) => (action.number === GUIDANCE_ACTION ? findProgramme(db, action.number) : null),
  skillsCertification: (action, _, { db }) => (action.number === CERTIFICATION_ACTION ? findProgramme(db, action.number) : null),
};
