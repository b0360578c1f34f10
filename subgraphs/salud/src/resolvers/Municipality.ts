import type { MunicipalityResolvers } from '../generated/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  psychosocialAllocations: (municipality, _, { loaders }) => loaders.allocationsByMunicipality.load(municipality.code),
};
