import { createActionLoaders, createTerritoryLoaders, type ActionLoaders, type Identity, type TerritoryLoaders } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.js';
import { createLoaders, type Loaders } from './db/loaders.js';

export interface Context {
  db: Kysely<Database>;
  /** Who is asking, as the gateway vouches for it; an anonymous reader otherwise. */
  identity: Identity;
  /** Per-request batched lookups, so a list of entities costs a fixed number of statements. */
  actions: ActionLoaders;
  territories: TerritoryLoaders;
  loaders: Loaders;
}

export function createContext(db: Kysely<Database>, identity: Identity): Context {
  return { db, identity, actions: createActionLoaders(db), territories: createTerritoryLoaders(db), loaders: createLoaders(db) };
}
