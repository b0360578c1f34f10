import { readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';
import type { Kysely } from 'kysely';
import {
  getDepartment,
  getMunicipality,
  listDepartments,
  type DepartmentRow,
  type MunicipalityRow,
  type TerritoryDatabase,
  type TerritoryLoaders,
} from './territory.js';
import { pageTerritories } from './territory-dimension.js';

/** What the territory resolvers read from a subgraph's context (a ministry's or the plan's). */
interface TerritoryContext {
  db: Kysely<TerritoryDatabase>;
  territories: TerritoryLoaders;
}

/**
 * Departments and municipalities (DIVIPOLA) as entities: every ministry resolves them from its own
 * copy of the catalogue, and adds its own figures to them in its own SDL (`extend type Municipality`).
 */
export const territoryModule: SubgraphModule = {
  typeDefs: readSdl(new URL('./schema.graphql', import.meta.url)),
  resolvers: {
    Department: {
      __resolveReference: async ({ code }: { code: string }, { territories }: TerritoryContext) =>
        (await territories.department.load(code)) ?? null,
      municipalities: (department: DepartmentRow, _: unknown, { territories }: TerritoryContext) =>
        territories.municipalitiesOf.load(department.code),
    },
    Municipality: {
      __resolveReference: async ({ code }: { code: string }, { territories }: TerritoryContext) =>
        (await territories.municipality.load(code)) ?? null,
      department: async (municipality: MunicipalityRow, _: unknown, { territories }: TerritoryContext) =>
        (await territories.department.load(municipality.department_code))!,
    },
  },
};

/**
 * The root territory queries, served by one subgraph only (the plan's): a query such as
 * `{ departments { name } }` then never depends on a ministry being up, and each ministry's
 * figures join it as nullable fields, so an outage costs only that ministry's fields.
 */
export const territoryQueriesModule: SubgraphModule = {
  typeDefs: readSdl(new URL('./queries.graphql', import.meta.url)),
  resolvers: {
    Query: {
      department: (_: unknown, { code }: { code: string }, { db }: TerritoryContext) => getDepartment(db, code),
      municipality: (_: unknown, { code }: { code: string }, { db }: TerritoryContext) => getMunicipality(db, code),
      departments: (_: unknown, __: unknown, { db }: TerritoryContext) => listDepartments(db),
      territories: (_: unknown, { first, after }: { first?: number | null; after?: string | null }, { db }: TerritoryContext) =>
        pageTerritories(db, first ?? 1000, after ?? null),
    },
  },
};
