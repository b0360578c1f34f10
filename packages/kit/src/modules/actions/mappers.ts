/** Codegen mappers of the actions module; `_Prefix_` is filled with each ministry's type prefix. */
export const actionMappers = {
  _Prefix_Action: '@cnim/kit#ActionInCut',
  Task: '@cnim/kit#TaskView',
  QualitativeReport: '@cnim/kit#QualitativeReportView',
  NarrativeIndex: '@cnim/kit#NarrativeIndexRef',
};
