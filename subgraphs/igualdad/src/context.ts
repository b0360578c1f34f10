import type { MinistryContext } from '@cnim/kit';
import type { Database } from './db/database.js';
import type { Loaders } from './db/loaders.js';

/** The kit's context (database, identity, shared loaders) with Igualdad's own loaders. */
export type Context = MinistryContext<Database, Loaders>;
