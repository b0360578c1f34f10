import type { Resolvers } from '../generated/resolvers-types.js';
import { AdministrativeAct } from './AdministrativeAct.js';
import { Department } from './Department.js';
import { Municipality } from './Municipality.js';
import { PsychosocialAllocation } from './PsychosocialAllocation.js';
import { PsychosocialFunding } from './PsychosocialFunding.js';
import { Query } from './Query.js';
import { SaludAction } from './SaludAction.js';

/** Salud's own resolvers; the kit's modules resolve the shared contract. */
export const resolvers: Resolvers = {
  Query,
  SaludAction,
  AdministrativeAct,
  PsychosocialAllocation,
  PsychosocialFunding,
  Department,
  Municipality,
};
