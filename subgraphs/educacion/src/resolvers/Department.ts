import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  educationAccompaniments: (department, _, { loaders }) => loaders.accompanimentsByDepartment.load(department.code),
};
