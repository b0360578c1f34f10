import { INDICATOR_DATASET, REPORT_DATASET, ministrySubgraph, readSdl } from '@cnim/kit';
import { createLoaders } from './db/loaders.js';
import { seedReport } from './db/seed.js';
import { seedIndicators } from './db/seed-indicators.js';
import { resolvers } from './resolvers/index.js';

/** Ministerio de Educación Nacional: action 11. */
export const educacion = ministrySubgraph({
  name: 'educacion',
  defaultDatabase: new URL('../data/educacion.sqlite', import.meta.url),
  module: { typeDefs: readSdl(new URL('../schema.graphql', import.meta.url)), resolvers },
  migrations: new URL('./db/migrations/', import.meta.url),
  datasets: [
    { id: REPORT_DATASET, load: seedReport },
    { id: INDICATOR_DATASET, load: seedIndicators },
  ],
  createLoaders,
});
