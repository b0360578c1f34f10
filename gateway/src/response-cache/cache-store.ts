import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

/**
 * Where the response cache keeps its answers and the deployment's write generation, shared by every
 * gateway process that opens the same one: a SQLite file for the processes of one machine
 * (sqlite-cache-store.ts), a Postgres database for gateways on several machines (postgres-cache-store.ts).
 */
export interface ResponseCacheStore extends KeyValueCache<string> {
  /** How many writes have gone through any gateway of the deployment: part of every answer's key. */
  generation(deployment: string): Promise<number>;
  /** Called before a write is acknowledged: every answer keyed with the previous generation is never read again. */
  invalidate(deployment: string): Promise<void>;
  close(): Promise<void>;
}

/** Expired answers are swept once every so many writes, so the store stays the size of what is live. */
export const SWEEP_EVERY = 500;
