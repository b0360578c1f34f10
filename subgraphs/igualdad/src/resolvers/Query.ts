import { badUserInput, getDepartment, getMunicipality, listDepartments } from '@cnim/kit';
import { listCentres } from '../db/integrate-centres.js';
import { findPlanAction, getPlan } from '../db/plan.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { indicatorQueries } from './Indicators.js';

export const Query: QueryResolvers = {
  plan: (_, __, { db }) => getPlan(db),
  action: async (_, { number }, { db }) => {
    if (!Number.isInteger(number) || number < 1 || number > 15) {
      throw badUserInput('number', `El plan tiene 15 acciones, numeradas de 1 a 15; no existe la acción ${number}.`);
    }
    return (await findPlanAction(db, number)) ?? null;
  },
  department: (_, { code }, { db }) => getDepartment(db, code),
  municipality: (_, { code }, { db }) => getMunicipality(db, code),
  departments: (_, __, { db }) => listDepartments(db),
  integrateCentres: (_, { status }, { db }) => listCentres(db, status),
  ...indicatorQueries,
};
