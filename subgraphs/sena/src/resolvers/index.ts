import type { Resolvers } from '../generated/resolvers-types.js';
import { OccupationalGuidance, SkillsCertification } from './Programmes.js';
import { Query } from './Query.js';
import { SenaAction } from './SenaAction.js';

/** Sena's own resolvers; the kit's modules resolve the shared contract. */
export const resolvers: Resolvers = {
  Query,
  SenaAction,
  OccupationalGuidance,
  SkillsCertification,
};
