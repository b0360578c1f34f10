import { CopScalar, DateScalar } from '@cnim/kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Mutation, SaludMutations } from './SaludMutations.js';
import { Change, PeriodApproval, QualitativeReport, Task } from './Reporting.js';
import { AdministrativeAct } from './AdministrativeAct.js';
import { Department } from './Department.js';
import { Municipality } from './Municipality.js';
import { Period } from './Period.js';
import { PsychosocialAllocation } from './PsychosocialAllocation.js';
import { PsychosocialFunding } from './PsychosocialFunding.js';
import { Query } from './Query.js';
import { SaludAction } from './SaludAction.js';
import { Fact, Indicator, MinistryData, SaludData, SaludIndicator } from './SaludData.js';

export const resolvers: Resolvers = {
  COP: CopScalar,
  Date: DateScalar,
  Query,
  Mutation,
  SaludMutations,
  Task,
  Change,
  QualitativeReport,
  PeriodApproval,
  SaludAction,
  AdministrativeAct,
  PsychosocialAllocation,
  PsychosocialFunding,
  Department,
  Municipality,
  Period,
  Indicator,
  SaludIndicator,
  MinistryData,
  SaludData,
  Fact,
};
