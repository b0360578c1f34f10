import { findMunicipality, getDepartment } from '@cnim/kit';
import type { MunicipalityResolvers } from '../generated/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: async ({ code }, { db }) => (await findMunicipality(db, code)) ?? null,
  department: (municipality, _, { db }) => getDepartment(db, municipality.department_code),
};
