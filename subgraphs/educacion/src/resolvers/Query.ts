import { getDepartment, getMunicipality, listDepartments, ministryDataFields } from '@cnim/kit';
import { listAccompaniments } from '../db/accompaniments.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

// The root fields serve a ministry team running this subgraph alone; the gateway uses EducacionData.
const DATA = ministryDataFields('EDUCACION');

export const Query: QueryResolvers = {
  department: (_, { code }, { db }) => getDepartment(db, code),
  municipality: (_, { code }, { db }) => getMunicipality(db, code),
  departments: (_, __, { db }) => listDepartments(db),
  circular038Accompaniments: (_, __, { db }) => listAccompaniments(db),
  educacionIndicators: (_, args, context) => DATA.indicators(undefined, args, context),
  educacionFacts: (_, args, context) => DATA.facts(undefined, args, context),
};
