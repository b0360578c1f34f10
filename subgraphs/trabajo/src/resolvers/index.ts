import type { Resolvers } from '../generated/resolvers-types.js';
import { Department } from './Department.js';
import { AlliedProvider, AssociationAgreement, EmploymentPlacementProgramme } from './EmploymentPlacement.js';
import { LaborFormalizationStrategy, RnflDepartmentParticipation, RnflQuarterParticipation } from './LaborFormalization.js';
import { Query } from './Query.js';
import { TrabajoAction } from './TrabajoAction.js';

/** Trabajo's own resolvers; the kit's modules resolve the shared contract. */
export const resolvers: Resolvers = {
  Query,
  TrabajoAction,
  LaborFormalizationStrategy,
  RnflDepartmentParticipation,
  RnflQuarterParticipation,
  EmploymentPlacementProgramme,
  AssociationAgreement,
  AlliedProvider,
  Department,
};
