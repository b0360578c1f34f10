import { getDepartment, getMunicipality, listDepartments, ministryDataFields } from '@cnim/kit';
import { listTrabajoActions } from '../db/employment-placement.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

// The root fields serve a ministry team running this subgraph alone; the gateway uses TrabajoData.
const DATA = ministryDataFields('TRABAJO');

export const Query: QueryResolvers = {
  department: (_, { code }, { db }) => getDepartment(db, code),
  municipality: (_, { code }, { db }) => getMunicipality(db, code),
  departments: (_, __, { db }) => listDepartments(db),
  trabajoActions: (_, __, { db }) => listTrabajoActions(db),
  trabajoIndicators: (_, args, context) => DATA.indicators(undefined, args, context),
  trabajoFacts: (_, args, context) => DATA.facts(undefined, args, context),
};
