import { findIndicator } from '@cnim/kit';
import type { SaludIndicatorResolvers } from '../generated/resolvers-types.js';

export const SaludIndicator: SaludIndicatorResolvers = {
  __resolveReference: async ({ code }, { db }) => (await findIndicator(db, code)) ?? null,
  actionNumber: (indicator) => indicator.action_number,
  ministryCode: () => 'SALUD',
  territoryLevel: (indicator) => indicator.territory_level,
};
