import { INDICATOR_DATASET, REPORT_DATASET, ministrySubgraph, readSdl } from '@cnim/kit';
import { createLoaders } from './db/loaders.js';
import { seedIndicators } from './db/seed-indicators.js';
import { seedReport } from './db/seed.js';
import { resolvers } from './resolvers/index.js';

/** Ministerio de Igualdad y Equidad: actions 1, 2, 3, 4, 5 and 10. */
export const igualdad = ministrySubgraph({
  name: 'igualdad',
  defaultDatabase: new URL('../data/igualdad.sqlite', import.meta.url),
  module: { typeDefs: readSdl(new URL('../schema.graphql', import.meta.url)), resolvers },
  migrations: new URL('./db/migrations/', import.meta.url),
  datasets: [
    { id: REPORT_DATASET, load: seedReport },
    { id: INDICATOR_DATASET, load: seedIndicators },
  ],
  createLoaders,
});
