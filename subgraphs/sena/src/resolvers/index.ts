import { DateScalar } from '@cnim/kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Mutation, SenaMutations } from './SenaMutations.js';
import { Change, PeriodApproval, QualitativeReport, Task } from './Reporting.js';
import { Fact, Indicator, MinistryData, SenaData, SenaIndicator } from './SenaData.js';
import { Period } from './Period.js';
import { OccupationalGuidance, SkillsCertification } from './Programmes.js';
import { Query } from './Query.js';
import { SenaAction } from './SenaAction.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  SenaMutations,
  Task,
  Change,
  QualitativeReport,
  PeriodApproval,
  SenaAction,
  OccupationalGuidance,
  SkillsCertification,
  Period,
  Indicator,
  SenaIndicator,
  MinistryData,
  SenaData,
  Fact,
};
