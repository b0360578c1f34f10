import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  laborFormalizationParticipants: (department, _, { loaders }) => loaders.rnflByDepartment.load(department.code),
};
