import type { IndicatorResolvers } from '../generated/resolvers-types.js';

export const Indicator: IndicatorResolvers = {
  actionNumber: (indicator) => indicator.action_number,
  ministryCode: () => 'SALUD',
  territoryLevel: (indicator) => indicator.territory_level,
};
