import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  integrateCentres: (department, _, { loaders }) => loaders.centresByDepartment.load(department.code),
  migrationRoundtables: (department, _, { loaders }) => loaders.roundtablesByDepartment.load(department.code),
};
