import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  psychosocialAllocations: (department, _, { loaders }) => loaders.allocationsByDepartment.load(department.code),
};
