import type { DepartmentResolvers } from '../generated/resolvers-types.js';

export const Department: DepartmentResolvers = {
  __resolveReference: async ({ code }, { territories }) => (await territories.department.load(code)) ?? null,
  municipalities: (department, _, { territories }) => territories.municipalitiesOf.load(department.code),
  integrateCentres: (department, _, { loaders }) => loaders.centresByDepartment.load(department.code),
  migrationRoundtables: (department, _, { loaders }) => loaders.roundtablesByDepartment.load(department.code),
};
