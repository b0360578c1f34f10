import { findDepartment, listMunicipalitiesOf } from '@cnim/kit';
import { listAccompaniments } from '../db/accompaniments.js';
import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  __resolveReference: async ({ code }, { db }) => (await findDepartment(db, code)) ?? null,
  municipalities: (department, _, { db }) => listMunicipalitiesOf(db, department.code),
  educationAccompaniments: (department, _, { db }) => listAccompaniments(db, { departmentCode: department.code }),
};
