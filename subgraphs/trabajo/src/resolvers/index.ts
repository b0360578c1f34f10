import { DateScalar } from '@cnim/kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Mutation, TrabajoMutations } from './TrabajoMutations.js';
import { Change, PeriodApproval, QualitativeReport, Task } from './Reporting.js';
import { Fact, Indicator, MinistryData, TrabajoData, TrabajoIndicator } from './TrabajoData.js';
import { Department } from './Department.js';
import { AlliedProvider, AssociationAgreement, EmploymentPlacementProgramme } from './EmploymentPlacement.js';
import { LaborFormalizationStrategy, RnflDepartmentParticipation, RnflQuarterParticipation } from './LaborFormalization.js';
import { Municipality } from './Municipality.js';
import { Period } from './Period.js';
import { Query } from './Query.js';
import { TrabajoAction } from './TrabajoAction.js';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  TrabajoMutations,
  Task,
  Change,
  QualitativeReport,
  PeriodApproval,
  TrabajoAction,
  LaborFormalizationStrategy,
  RnflDepartmentParticipation,
  RnflQuarterParticipation,
  EmploymentPlacementProgramme,
  AssociationAgreement,
  AlliedProvider,
  Department,
  Municipality,
  Period,
  Indicator,
  TrabajoIndicator,
  MinistryData,
  TrabajoData,
  Fact,
};
