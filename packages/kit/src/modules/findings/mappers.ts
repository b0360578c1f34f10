/** Codegen mappers of the findings module. */
export const findingMappers = {
  Finding: '@cnim/kit#FindingView',
};
