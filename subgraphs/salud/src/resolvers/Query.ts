import { getDepartment, getMunicipality, listDepartments, ministryDataFields } from '@cnim/kit';
import { listAllocations } from '../db/psychosocial-allocations.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

// The root fields serve a ministry team running this subgraph alone; the gateway uses SaludData.
const DATA = ministryDataFields('SALUD');

export const Query: QueryResolvers = {
  department: (_, { code }, { db }) => getDepartment(db, code),
  municipality: (_, { code }, { db }) => getMunicipality(db, code),
  departments: (_, __, { db }) => listDepartments(db),
  psychosocialAllocations: (_, { status }, { db }) => listAllocations(db, status),
  saludIndicators: (_, args, context) => DATA.indicators(undefined, args, context),
  saludFacts: (_, args, context) => DATA.facts(undefined, args, context),
};
