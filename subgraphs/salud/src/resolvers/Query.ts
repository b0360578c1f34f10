import { getDepartment, getMunicipality, indicatorCodes, listDepartments, listIndicators, pageFacts } from '@cnim/kit';
import { listAllocations } from '../db/psychosocial-allocations.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  department: (_, { code }, { db }) => getDepartment(db, code),
  municipality: (_, { code }, { db }) => getMunicipality(db, code),
  departments: (_, __, { db }) => listDepartments(db),
  psychosocialAllocations: (_, { status }, { db }) => listAllocations(db, { status }),
  saludIndicators: (_, { action }, { db }) => listIndicators(db, action),
  saludFacts: async (_, args, { db }) => pageFacts(db, args, await indicatorCodes(db)),
};
