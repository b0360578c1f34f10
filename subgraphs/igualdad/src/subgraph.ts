import { INDICATOR_DATASET, REPORT_DATASET, type SubgraphDefinition } from '@cnim/kit';
import { createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import { seedIndicatorIndex } from './db/indicator-index.js';
import { seedReport } from './db/seed.js';
import { schema } from './schema.js';

/** Ministerio de Igualdad y Equidad: the plan's index and actions 1, 2, 3, 4, 5 and 10. */
export const igualdad: SubgraphDefinition<Database, Context> = {
  name: 'igualdad',
  defaultPort: 4001,
  defaultDatabase: new URL('../data/igualdad.sqlite', import.meta.url),
  schema,
  migrations: new URL('./db/migrations/', import.meta.url),
  datasets: [
    { id: REPORT_DATASET, load: seedReport },
    { id: INDICATOR_DATASET, load: seedIndicatorIndex },
  ],
  createContext,
};
