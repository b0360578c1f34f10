import { factFields, indicatorFields, ministryDataFields } from '@cnim/kit';
import type { FactResolvers, SenaDataResolvers, SenaIndicatorResolvers } from '../generated/resolvers-types.js';

export const SenaData: SenaDataResolvers = ministryDataFields('SENA');
export const SenaIndicator: SenaIndicatorResolvers = indicatorFields('SENA');
export const Fact: FactResolvers = factFields;

// In this subgraph every Indicator and every MinistryData is the Servicio Nacional de Aprendizaje (SENA)'s own.
export const Indicator = { __resolveType: () => 'SenaIndicator' as const };
export const MinistryData = { __resolveType: () => 'SenaData' as const };
