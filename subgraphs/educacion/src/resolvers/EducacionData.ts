import { factFields, indicatorFields, ministryDataFields } from '@cnim/kit';
import type { FactResolvers, EducacionDataResolvers, EducacionIndicatorResolvers } from '../generated/resolvers-types.js';

export const EducacionData: EducacionDataResolvers = ministryDataFields('EDUCACION');
export const EducacionIndicator: EducacionIndicatorResolvers = indicatorFields('EDUCACION');
export const Fact: FactResolvers = factFields;

// In this subgraph every Indicator and every MinistryData is the Ministerio de Educación Nacional's own.
export const Indicator = { __resolveType: () => 'EducacionIndicator' as const };
export const MinistryData = { __resolveType: () => 'EducacionData' as const };
