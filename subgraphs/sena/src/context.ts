import type { MinistryContext } from '@cnim/kit';
import type { Database } from './db/database.js';

/** The kit's context (database, identity, shared loaders); SENA has no loaders of its own. */
export type Context = MinistryContext<Database, undefined>;
