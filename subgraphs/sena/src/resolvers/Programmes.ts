import { periodById } from '@cnim/kit';
import { CENTRES, CERTIFIED, ORIENTED, figureBreakdown, figureOf, figureValue } from '../db/programmes.js';
import type { OccupationalGuidanceResolvers, SkillsCertificationResolvers } from '../generated/resolvers-types.js';

export const OccupationalGuidance: OccupationalGuidanceResolvers = {
  migrantsOriented: (_, args, { db }) => figureValue(db, ORIENTED, args),
  women: (_, args, { db }) => figureValue(db, ORIENTED, args, 'FEMALE', 'TOTAL'),
  venezuelanWomen: (_, args, { db }) => figureValue(db, ORIENTED, args, 'FEMALE', 'VENEZUELAN'),
  breakdown: async (_, args, { db }) => (await figureBreakdown(db, ORIENTED, args)).rows,
  targetMet: (programme) => programme.target_met === 1,
  coverageAsWritten: (programme) => programme.description_as_written,
  period: (programme) => periodById(figureOf(programme, 'TOTAL', 'TOTAL').period_id),
  periodAsWritten: (programme) => figureOf(programme, 'TOTAL', 'TOTAL').period_as_written,
};

export const SkillsCertification: SkillsCertificationResolvers = {
  migrantsCertified: (_, args, { db }) => figureValue(db, CERTIFIED, args),
  populationAsWritten: (programme) => programme.description_as_written,
  period: (programme) => periodById(figureOf(programme, 'TOTAL', 'TOTAL').period_id),
  periodAsWritten: (programme) => figureOf(programme, 'TOTAL', 'TOTAL').period_as_written,
  trainingCentres: (_, args, { db }) => figureValue(db, CENTRES, args),
};
