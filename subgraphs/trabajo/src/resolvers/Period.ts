import type { PeriodResolvers } from '../generated/resolvers-types.js';

export const Period: PeriodResolvers = {
  start: (period) => period.start_date,
  end: (period) => period.end_date,
};
