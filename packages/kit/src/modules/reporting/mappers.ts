/** Codegen mappers of the reporting module; `_Prefix_` is filled with each ministry's type prefix. */
export const reportingMappers = {
  _Prefix_Mutations: '@cnim/kit#MutationNamespace',
  Change: '@cnim/kit#ChangeRow',
  PeriodApproval: '@cnim/kit#PeriodApprovalView',
};
