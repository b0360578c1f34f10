import { readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';
import type { PeriodRow } from './periods.js';

/** Periods of the plan's figures and dates as the report writes them. */
export const periodsModule: SubgraphModule = {
  typeDefs: readSdl(new URL('./schema.graphql', import.meta.url)),
  resolvers: {
    Period: {
      start: (period: PeriodRow) => period.start_date,
      end: (period: PeriodRow) => period.end_date,
    },
  },
};
