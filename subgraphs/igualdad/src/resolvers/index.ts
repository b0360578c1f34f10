import { CopScalar, DateScalar } from '@cnim/kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Mutation, IgualdadMutations } from './IgualdadMutations.js';
import { Change, PeriodApproval, QualitativeReport, Task } from './Reporting.js';
import { Action } from './Action.js';
import { CommunitySpace, MigrationRoundtable, TechnicalTable, Training } from './Activities.js';
import { Department } from './Department.js';
import { IgualdadAction } from './IgualdadAction.js';
import { EducacionAction, SaludAction, SenaAction, TrabajoAction } from './IndexedActions.js';
import {
  EducacionData,
  EducacionIndicator,
  Fact,
  IgualdadData,
  IgualdadIndicator,
  Indicator,
  MinistryData,
  SaludData,
  SaludIndicator,
  SenaData,
  SenaIndicator,
  TrabajoData,
  TrabajoIndicator,
} from './Indicators.js';
import { IntegrateCentre } from './IntegrateCentre.js';
import { Municipality } from './Municipality.js';
import { Period } from './Period.js';
import { Plan } from './Plan.js';
import {
  CommunityParticipation,
  IntegrateCentreProgramme,
  OrganisationDirectory,
  RoundtableParticipation,
  TechnicalTableWork,
  TrainingProgramme,
} from './Programmes.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = {
  COP: CopScalar,
  Query,
  Mutation,
  IgualdadMutations,
  Task,
  Change,
  QualitativeReport,
  PeriodApproval,
  Plan,
  Action,
  IgualdadAction,
  SaludAction,
  SenaAction,
  EducacionAction,
  TrabajoAction,
  IntegrateCentre,
  IntegrateCentreProgramme,
  TrainingProgramme,
  Training,
  CommunityParticipation,
  CommunitySpace,
  RoundtableParticipation,
  MigrationRoundtable,
  TechnicalTableWork,
  TechnicalTable,
  OrganisationDirectory,
  Department,
  Municipality,
  Period,
  Indicator,
  IgualdadIndicator,
  SaludIndicator,
  SenaIndicator,
  EducacionIndicator,
  TrabajoIndicator,
  MinistryData,
  IgualdadData,
  SaludData,
  SenaData,
  EducacionData,
  TrabajoData,
  Fact,
};
