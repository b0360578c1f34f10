import { INDICATOR_DATASET, REPORT_DATASET, type SubgraphDefinition } from '@cnim/kit';
import { createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import { seedReport } from './db/seed.js';
import { seedIndicators } from './db/seed-indicators.js';
import { schema } from './schema.js';

/** Ministerio de Educación Nacional: action 11. */
export const educacion: SubgraphDefinition<Database, Context> = {
  name: 'educacion',
  defaultPort: 4004,
  defaultDatabase: new URL('../data/educacion.sqlite', import.meta.url),
  schema,
  migrations: new URL('./db/migrations/', import.meta.url),
  datasets: [
    { id: REPORT_DATASET, load: seedReport },
    { id: INDICATOR_DATASET, load: seedIndicators },
  ],
  createContext,
};
