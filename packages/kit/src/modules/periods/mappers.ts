/** Codegen mappers of the periods module. */
export const periodMappers = {
  Period: '@cnim/kit#PeriodRow',
  ReportedDate: '@cnim/kit#ReportedDateValue',
};
