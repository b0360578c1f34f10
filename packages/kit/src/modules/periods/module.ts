import { readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';
import { namedPeriod } from './named-period.js';
import { periodById, type PeriodRow } from './periods.js';
import type { ReportedDateValue } from './reported-date.js';

/** Periods of the plan's figures and dates as the report writes them. */
export const periodsModule: SubgraphModule = {
  typeDefs: readSdl(new URL('./schema.graphql', import.meta.url)),
  resolvers: {
    ReportedDate: {
      period: (value: ReportedDateValue) => {
        const id = value.validity === 'NOT_A_DAY' ? namedPeriod(value.asWritten) : null;
        return id === null ? null : periodById(id);
      },
    },
    Period: {
      start: (period: PeriodRow) => period.start_date,
      end: (period: PeriodRow) => period.end_date,
    },
  },
};
