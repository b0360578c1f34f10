import { getDepartment, getMunicipality, listDepartments } from '@cnim/kit';
import { listAllocations } from '../db/psychosocial-allocations.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  department: (_, { code }, { db }) => getDepartment(db, code),
  municipality: (_, { code }, { db }) => getMunicipality(db, code),
  departments: (_, __, { db }) => listDepartments(db),
  psychosocialAllocations: (_, { status }, { db }) => listAllocations(db, { status }),
};
