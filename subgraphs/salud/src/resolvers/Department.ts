import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  psychosocialAllocations: (department, args, { loaders }) => loaders.allocationsByDepartment(args).load(department.code),
};
