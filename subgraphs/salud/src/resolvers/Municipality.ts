import { findMunicipality, getDepartment } from '@cnim/kit';
import { listAllocations } from '../db/psychosocial-allocations.js';
import type { MunicipalityResolvers } from '../generated/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: async ({ code }, { db }) => (await findMunicipality(db, code)) ?? null,
  department: (municipality, _, { db }) => getDepartment(db, municipality.department_code),
  psychosocialAllocations: (municipality, _, { db }) => listAllocations(db, { municipalityCode: municipality.code }),
};
