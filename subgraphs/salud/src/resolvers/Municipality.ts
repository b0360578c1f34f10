import type { MunicipalityResolvers } from '../generated/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  psychosocialAllocations: (municipality, args, { loaders }) => loaders.allocationsByMunicipality(args).load(municipality.code),
};
