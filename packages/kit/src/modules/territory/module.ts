import { readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';
import type { KitContext } from '../../platform/kit-context.js';
import { getDepartment, getMunicipality, listDepartments, type DepartmentRow, type MunicipalityRow } from './territory.js';

/**
 * Departments and municipalities (DIVIPOLA): every ministry serves them from its own copy of the
 * catalogue, and adds its own figures to them in its own SDL (`extend type Municipality`).
 */
export const territoryModule: SubgraphModule = {
  typeDefs: readSdl(new URL('./schema.graphql', import.meta.url)),
  resolvers: {
    Query: {
      department: (_: unknown, { code }: { code: string }, { db }: KitContext) => getDepartment(db, code),
      municipality: (_: unknown, { code }: { code: string }, { db }: KitContext) => getMunicipality(db, code),
      departments: (_: unknown, __: unknown, { db }: KitContext) => listDepartments(db),
    },
    Department: {
      __resolveReference: async ({ code }: { code: string }, { territories }: KitContext) => (await territories.department.load(code)) ?? null,
      municipalities: (department: DepartmentRow, _: unknown, { territories }: KitContext) => territories.municipalitiesOf.load(department.code),
    },
    Municipality: {
      __resolveReference: async ({ code }: { code: string }, { territories }: KitContext) => (await territories.municipality.load(code)) ?? null,
      department: async (municipality: MunicipalityRow, _: unknown, { territories }: KitContext) =>
        (await territories.department.load(municipality.department_code))!,
    },
  },
};
