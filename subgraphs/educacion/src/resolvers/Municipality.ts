import type { MunicipalityResolvers } from '../generated/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  educationAccompaniments: (municipality, _, { loaders }) => loaders.accompanimentsByMunicipality.load(municipality.code),
};
