import { findDepartment, listMunicipalitiesOf } from '@cnim/kit';
import { listAllocations } from '../db/psychosocial-allocations.js';
import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  __resolveReference: async ({ code }, { db }) => (await findDepartment(db, code)) ?? null,
  municipalities: (department, _, { db }) => listMunicipalitiesOf(db, department.code),
  psychosocialAllocations: (department, _, { db }) => listAllocations(db, { departmentCode: department.code }),
};
