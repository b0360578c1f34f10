import { INDICATOR_DATASET, REPORT_DATASET, type SubgraphDefinition } from '@cnim/kit';
import { createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import { seedReport } from './db/seed.js';
import { seedIndicators } from './db/seed-indicators.js';
import { schema } from './schema.js';

/** Ministerio del Trabajo: actions 6, 7, 14 and 15. */
export const trabajo: SubgraphDefinition<Database, Context> = {
  name: 'trabajo',
  defaultPort: 4005,
  defaultDatabase: new URL('../data/trabajo.sqlite', import.meta.url),
  schema,
  migrations: new URL('./db/migrations/', import.meta.url),
  datasets: [
    { id: REPORT_DATASET, load: seedReport },
    { id: INDICATOR_DATASET, load: seedIndicators },
  ],
  createContext,
};
