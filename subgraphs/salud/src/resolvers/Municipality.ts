import type { MunicipalityResolvers } from '../generated/resolvers-types.js';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: async ({ code }, { territories }) => (await territories.municipality.load(code)) ?? null,
  department: async (municipality, _, { territories }) => (await territories.department.load(municipality.department_code))!,
  psychosocialAllocations: (municipality, _, { loaders }) => loaders.allocationsByMunicipality.load(municipality.code),
};
