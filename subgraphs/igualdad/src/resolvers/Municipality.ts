import { findMunicipality, getDepartment } from '@cnim/kit';
import { listCommunitySpaces } from '../db/activities.js';
import { listCentres } from '../db/integrate-centres.js';
import type { MunicipalityResolvers } from '../generated/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: async ({ code }, { db }) => (await findMunicipality(db, code)) ?? null,
  department: (municipality, _, { db }) => getDepartment(db, municipality.department_code),
  integrateCentres: (municipality, _, { db }) => listCentres(db, { municipalityCode: municipality.code }),
  communitySpaces: (municipality, _, { db }) => listCommunitySpaces(db, municipality.code),
};
