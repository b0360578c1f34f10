import { createTerritoryLoaders, type Identity, type TerritoryLoaders } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.js';
import { createLoaders, type Loaders } from './db/loaders.js';

export interface Context {
  db: Kysely<Database>;
  /** Who is asking, as the gateway vouches for it; an anonymous reader otherwise. */
  identity: Identity;
  loaders: Loaders;
  /** Per-request batched territory lookups for the root territory queries and their entities. */
  territories: TerritoryLoaders;
}

export function createContext(db: Kysely<Database>, identity: Identity): Context {
  return { db, identity, loaders: createLoaders(db), territories: createTerritoryLoaders(db) };
}
