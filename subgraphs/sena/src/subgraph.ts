import { INDICATOR_DATASET, REPORT_DATASET, type SubgraphDefinition } from '@cnim/kit';
import { createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import { seedReport } from './db/seed.js';
import { seedIndicators } from './db/seed-indicators.js';
import { schema } from './schema.js';

/** Servicio Nacional de Aprendizaje (SENA): actions 8 and 9. */
export const sena: SubgraphDefinition<Database, Context> = {
  name: 'sena',
  defaultPort: 4003,
  defaultDatabase: new URL('../data/sena.sqlite', import.meta.url),
  schema,
  migrations: new URL('./db/migrations/', import.meta.url),
  datasets: [
    { id: REPORT_DATASET, load: seedReport },
    { id: INDICATOR_DATASET, load: seedIndicators },
  ],
  createContext,
};
