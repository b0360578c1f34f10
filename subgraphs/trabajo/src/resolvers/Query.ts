import { getDepartment, getMunicipality, listDepartments } from '@cnim/kit';
import { listTrabajoActions } from '../db/employment-placement.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  department: (_, { code }, { db }) => getDepartment(db, code),
  municipality: (_, { code }, { db }) => getMunicipality(db, code),
  departments: (_, __, { db }) => listDepartments(db),
  trabajoActions: (_, __, { db }) => listTrabajoActions(db),
};
