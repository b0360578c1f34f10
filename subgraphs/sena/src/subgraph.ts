import { INDICATOR_DATASET, REPORT_DATASET, ministrySubgraph, readSdl } from '@cnim/kit';
import { seedReport } from './db/seed.js';
import { seedIndicators } from './db/seed-indicators.js';
import { resolvers } from './resolvers/index.js';

/** Servicio Nacional de Aprendizaje (SENA): actions 8 and 9. */
export const sena = ministrySubgraph({
  name: 'sena',
  defaultDatabase: new URL('../data/sena.sqlite', import.meta.url),
  module: { typeDefs: readSdl(new URL('../schema.graphql', import.meta.url)), resolvers },
  migrations: new URL('./db/migrations/', import.meta.url),
  datasets: [
    { id: REPORT_DATASET, load: seedReport },
    { id: INDICATOR_DATASET, load: seedIndicators },
  ],
  createLoaders: () => undefined,
});
