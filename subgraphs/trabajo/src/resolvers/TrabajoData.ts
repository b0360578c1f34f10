import { factFields, indicatorFields, ministryDataFields } from '@cnim/kit';
import type { FactResolvers, TrabajoDataResolvers, TrabajoIndicatorResolvers } from '../generated/resolvers-types.js';

export const TrabajoData: TrabajoDataResolvers = ministryDataFields('TRABAJO');
export const TrabajoIndicator: TrabajoIndicatorResolvers = indicatorFields('TRABAJO');
export const Fact: FactResolvers = factFields;

// In this subgraph every Indicator and every MinistryData is the Ministerio del Trabajo's own.
export const Indicator = { __resolveType: () => 'TrabajoIndicator' as const };
export const MinistryData = { __resolveType: () => 'TrabajoData' as const };
