import { periodById } from '@cnim/kit';
import { figureOf } from '../db/programmes.js';
import type { OccupationalGuidanceResolvers, SkillsCertificationResolvers } from '../generated/resolvers-types.js';

export const OccupationalGuidance: OccupationalGuidanceResolvers = {
  migrantsOriented: (programme) => figureOf(programme, 'TOTAL', 'TOTAL').people,
  women: (programme) => figureOf(programme, 'FEMALE', 'TOTAL').people,
  venezuelanWomen: (programme) => figureOf(programme, 'FEMALE', 'VENEZUELAN').people,
  breakdown: (programme) => programme.figures,
  targetMet: (programme) => programme.target_met === 1,
  coverageAsWritten: (programme) => programme.description_as_written,
  period: (programme) => periodById(figureOf(programme, 'TOTAL', 'TOTAL').period_id),
  periodAsWritten: (programme) => figureOf(programme, 'TOTAL', 'TOTAL').period_as_written,
};

export const SkillsCertification: SkillsCertificationResolvers = {
  migrantsCertified: (programme) => figureOf(programme, 'TOTAL', 'TOTAL').people,
  populationAsWritten: (programme) => programme.description_as_written,
  period: (programme) => periodById(figureOf(programme, 'TOTAL', 'TOTAL').period_id),
  periodAsWritten: (programme) => figureOf(programme, 'TOTAL', 'TOTAL').period_as_written,
  trainingCentres: (programme) => {
    if (programme.training_centres === null) throw new Error(`La acción ${programme.action_number} no da centros de formación`);
    return programme.training_centres;
  },
};
