/** Codegen mappers of the cuts module. */
export const cutMappers = {
  CutSubmission: '@cnim/kit#ReportCutRow',
};
