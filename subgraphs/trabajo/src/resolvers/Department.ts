import { findDepartment, listMunicipalitiesOf } from '@cnim/kit';
import { listRnflDepartments } from '../db/labor-formalization.js';
import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  __resolveReference: async ({ code }, { db }) => (await findDepartment(db, code)) ?? null,
  municipalities: (department, _, { db }) => listMunicipalitiesOf(db, department.code),
  laborFormalizationParticipants: (department, _, { db }) => listRnflDepartments(db, department.code),
};
