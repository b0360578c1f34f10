import type { MunicipalityResolvers } from '../generated/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  integrateCentres: (municipality, _, { loaders }) => loaders.centresByMunicipality.load(municipality.code),
  communitySpaces: (municipality, _, { loaders }) => loaders.spacesByMunicipality.load(municipality.code),
};
