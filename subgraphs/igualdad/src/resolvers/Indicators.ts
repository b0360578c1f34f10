import { listIndexedIndicators, MINISTRIES_WITH_DATA } from '../db/indicator-index.js';
import type { IndicatorResolvers, MinistryDataResolvers, QueryResolvers, SaludDataResolvers, SaludIndicatorResolvers } from '../generated/resolvers-types.js';

const INDICATOR_TYPE = { SALUD: 'SaludIndicator' } as const;
const DATA_TYPE = { SALUD: 'SaludData' } as const;

export const indicatorQueries: Pick<QueryResolvers, 'indicators' | 'ministries' | 'ministry'> = {
  indicators: (_, { filter }, { db }) => listIndexedIndicators(db, filter ?? {}),
  ministries: () => MINISTRIES_WITH_DATA.map((ministry) => ({ ministry })),
  ministry: (_, { code }) => (MINISTRIES_WITH_DATA.includes(code) ? { ministry: code } : null),
};

export const Indicator: IndicatorResolvers = {
  __resolveType: (indicator) => INDICATOR_TYPE[indicator.ministry as keyof typeof INDICATOR_TYPE],
};

export const MinistryData: MinistryDataResolvers = {
  __resolveType: (data) => DATA_TYPE[data.ministry as keyof typeof DATA_TYPE],
};

// The index only routes: Salud's own subgraph answers everything about its indicators and data.
export const SaludIndicator: SaludIndicatorResolvers = {};
export const SaludData: SaludDataResolvers = {};
