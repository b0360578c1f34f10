import { DateScalar } from '@cnim/kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Period } from './Period.js';
import { OccupationalGuidance, SkillsCertification } from './Programmes.js';
import { Query } from './Query.js';
import { SenaAction } from './SenaAction.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  SenaAction,
  OccupationalGuidance,
  SkillsCertification,
  Period,
};
