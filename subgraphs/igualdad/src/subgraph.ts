import { INDICATOR_DATASET, REPORT_DATASET, type SubgraphDefinition } from '@cnim/kit';
import { createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import { seedIndicatorIndex } from './db/indicator-index.js';
import { seedIndicators } from './db/seed-indicators.js';
import { seedReport } from './db/seed.js';
import { schema } from './schema.js';

/** Ministerio de Igualdad y Equidad: the plan's index and actions 1, 2, 3, 4, 5 and 10. */
/** Igualdad's own sheets first: the index's entries for them reference their actions, not the sheets. */
async function seedIndicatorCatalogue(db: Parameters<typeof seedIndicators>[0]): Promise<void> {
  await seedIndicators(db);
  await seedIndicatorIndex(db);
}

export const igualdad: SubgraphDefinition<Database, Context> = {
  name: 'igualdad',
  defaultPort: 4001,
  defaultDatabase: new URL('../data/igualdad.sqlite', import.meta.url),
  schema,
  migrations: new URL('./db/migrations/', import.meta.url),
  datasets: [
    { id: REPORT_DATASET, load: seedReport },
    { id: INDICATOR_DATASET, load: seedIndicatorCatalogue },
  ],
  createContext,
};
