import { createActionLoaders, type ActionLoaders, type Identity } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './db/database.js';

export interface Context {
  db: Kysely<Database>;
  /** Who is asking, as the gateway vouches for it; an anonymous reader otherwise. */
  identity: Identity;
  /** Per-request batched lookups, so a list of actions costs a fixed number of statements. */
  actions: ActionLoaders;
}

export function createContext(db: Kysely<Database>, identity: Identity): Context {
  return { db, identity, actions: createActionLoaders(db) };
}
