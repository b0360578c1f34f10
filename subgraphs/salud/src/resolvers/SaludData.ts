import { indicatorCodes, listIndicators, pageFacts } from '@cnim/kit';
import type { SaludDataResolvers } from '../generated/resolvers-types.js';

const MINISTRY = 'SALUD';

export const SaludData: SaludDataResolvers = {
  __resolveReference: ({ ministry }) => (ministry === MINISTRY ? { ministry } : null),
  indicators: (_, { action }, { db }) => listIndicators(db, action),
  facts: async (_, args, { db }) => pageFacts(db, args, await indicatorCodes(db)),
};

// In this subgraph every Indicator and every MinistryData is Salud's own.
export const Indicator = { __resolveType: () => 'SaludIndicator' as const };
export const MinistryData = { __resolveType: () => 'SaludData' as const };
