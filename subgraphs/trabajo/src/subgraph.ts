import { INDICATOR_DATASET, REPORT_DATASET, ministrySubgraph, readSdl } from '@cnim/kit';
import { createLoaders } from './db/loaders.js';
import { seedReport } from './db/seed.js';
import { seedIndicators } from './db/seed-indicators.js';
import { resolvers } from './resolvers/index.js';

/** Ministerio del Trabajo: actions 6, 7, 14 and 15. */
export const trabajo = ministrySubgraph({
  name: 'trabajo',
  defaultDatabase: new URL('../data/trabajo.sqlite', import.meta.url),
  module: { typeDefs: readSdl(new URL('../schema.graphql', import.meta.url)), resolvers },
  migrations: new URL('./db/migrations/', import.meta.url),
  datasets: [
    { id: REPORT_DATASET, load: seedReport },
    { id: INDICATOR_DATASET, load: seedIndicators },
  ],
  createLoaders,
});
