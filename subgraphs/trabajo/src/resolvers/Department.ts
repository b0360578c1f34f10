import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  laborFormalizationParticipants: (department, args, { loaders }) => loaders.rnflByDepartment(args).load(department.code),
};
