import type { Resolvers } from '../generated/resolvers-types.js';
import { CommunitySpace, MigrationRoundtable, TechnicalTable, Training } from './Activities.js';
import { Department } from './Department.js';
import { IgualdadAction } from './IgualdadAction.js';
import { IntegrateCentre } from './IntegrateCentre.js';
import { Municipality } from './Municipality.js';
import {
  CommunityParticipation,
  IntegrateCentreProgramme,
  OrganisationDirectory,
  RoundtableParticipation,
  TechnicalTableWork,
  TrainingProgramme,
} from './Programmes.js';
import { Query } from './Query.js';

/** Igualdad's own resolvers; the kit's modules resolve the shared contract. */
export const resolvers: Resolvers = {
  Query,
  IgualdadAction,
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
};
