/** Codegen mappers of the territory module: GraphQL type → the kysely row its resolvers receive. */
export const territoryMappers = {
  Department: '@cnim/kit#DepartmentRow',
  Municipality: '@cnim/kit#MunicipalityRow',
};
