import { ownActionFields } from '@cnim/kit';
import { findProgramme } from '../db/programmes.js';
import type { SenaActionResolvers } from '../generated/resolvers-types.js';

const GUIDANCE_ACTION = 8;
const CERTIFICATION_ACTION = 9;

export const SenaAction: SenaActionResolvers = {
  ...ownActionFields,
  occupationalGuidance: (action, _, { db }) => (action.number === GUIDANCE_ACTION ? findProgramme(db, action.number) : null),
  skillsCertification: (action, _, { db }) => (action.number === CERTIFICATION_ACTION ? findProgramme(db, action.number) : null),
};
