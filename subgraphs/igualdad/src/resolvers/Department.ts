import { findDepartment, listMunicipalitiesOf } from '@cnim/kit';
import { listRoundtables } from '../db/activities.js';
import { listCentres } from '../db/integrate-centres.js';
import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  __resolveReference: async ({ code }, { db }) => (await findDepartment(db, code)) ?? null,
  municipalities: (department, _, { db }) => listMunicipalitiesOf(db, department.code),
  integrateCentres: (department, _, { db }) => listCentres(db, { departmentCode: department.code }),
  migrationRoundtables: (department, _, { db }) => listRoundtables(db, department.code),
};
