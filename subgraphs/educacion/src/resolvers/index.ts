import type { Resolvers } from '../generated/resolvers-types.js';
import { Circular038Programme } from './Circular038Programme.js';
import { Department } from './Department.js';
import { EducacionAction } from './EducacionAction.js';
import { EducationAccompaniment } from './EducationAccompaniment.js';
import { Municipality } from './Municipality.js';
import { Query } from './Query.js';

/** Educacion's own resolvers; the kit's modules resolve the shared contract. */
export const resolvers: Resolvers = {
  Query,
  EducacionAction,
  Circular038Programme,
  EducationAccompaniment,
  Department,
  Municipality,
};
