import { DateScalar } from '@cnim/kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Mutation, EducacionMutations } from './EducacionMutations.js';
import { Change, PeriodApproval, QualitativeReport, Task } from './Reporting.js';
import { Fact, Indicator, MinistryData, EducacionData, EducacionIndicator } from './EducacionData.js';
import { Circular038Programme } from './Circular038Programme.js';
import { Department } from './Department.js';
import { EducacionAction } from './EducacionAction.js';
import { EducationAccompaniment } from './EducationAccompaniment.js';
import { Municipality } from './Municipality.js';
import { Period } from './Period.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  EducacionMutations,
  Task,
  Change,
  QualitativeReport,
  PeriodApproval,
  EducacionAction,
  Circular038Programme,
  EducationAccompaniment,
  Department,
  Municipality,
  Period,
  Indicator,
  EducacionIndicator,
  MinistryData,
  EducacionData,
  Fact,
};
