/** Codegen mappers of the facts module; `_Prefix_` is filled with each ministry's type prefix. */
export const factMappers = {
  _Prefix_Indicator: '@cnim/kit#IndicatorRow',
  Indicator: '@cnim/kit#IndicatorRow',
  _Prefix_Data: '@cnim/kit#MinistryDataRef',
  MinistryData: '@cnim/kit#MinistryDataRef',
  Fact: '@cnim/kit#FactView',
  FactConnection: '@cnim/kit#FactConnectionView',
};
