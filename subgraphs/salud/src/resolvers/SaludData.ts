import { factFields, indicatorFields, ministryDataFields } from '@cnim/kit';
import type { FactResolvers, SaludDataResolvers, SaludIndicatorResolvers } from '../generated/resolvers-types.js';

export const SaludData: SaludDataResolvers = ministryDataFields('SALUD');
export const SaludIndicator: SaludIndicatorResolvers = indicatorFields('SALUD');
export const Fact: FactResolvers = factFields;

// In this subgraph every Indicator and every MinistryData is Salud's own.
export const Indicator = { __resolveType: () => 'SaludIndicator' as const };
export const MinistryData = { __resolveType: () => 'SaludData' as const };
