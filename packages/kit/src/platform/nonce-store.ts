import SQLite from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { IN_MEMORY } from './database.js';
import { isPostgres } from './postgres.js';

/**
 * Where a subgraph remembers the nonces of the gateway's signed requests until they expire, so a
 * captured request cannot be replayed: not after a restart, nor against another process of the same
 * subgraph. `claim` answers whether the nonce is new (and keeps it).
 */
export interface NonceStore {
  claim(nonce: string, expiresAt: number, now: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Expired nonces are deleted every this many claims: one statement now and then, not one per request. */
const SWEEP_EVERY = 1_000;

/** In the process only: for a database that is itself in memory (tests, tools), which no restart keeps either. */
function memoryNonceStore(): NonceStore {
  const seen = new Map<string, number>();
  let claims = 0;
  return {
    async claim(nonce, expiresAt, now) {
      if ((claims += 1) % SWEEP_EVERY === 0) for (const [key, expires] of seen) if (expires <= now) seen.delete(key);
      const known = seen.get(nonce);
      if (known !== undefined && known > now) return false;
      seen.set(nonce, expiresAt);
      return true;
    },
    close: async () => {},
  };
}

/**
 * A SQLite subgraph keeps its nonces in a file beside its database (`<file>-nonces`), shared by every
 * process that opens that database. Not in the database itself: a write per request would change its
 * data version and throw away the counts memoised on it (data-version.ts).
 */
function sqliteNonceStore(databaseFile: string): NonceStore {
  const sidecar = new SQLite(`${databaseFile}-nonces`);
  sidecar.pragma('journal_mode = WAL');
  sidecar.pragma('busy_timeout = 5000');
  sidecar.exec('CREATE TABLE IF NOT EXISTS seen_nonce (nonce TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)');
  const insert = sidecar.prepare(
    'INSERT INTO seen_nonce (nonce, expires_at) VALUES (?, ?) ON CONFLICT (nonce) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_nonce.expires_at <= ?',
  );
  const sweep = sidecar.prepare('DELETE FROM seen_nonce WHERE expires_at <= ?');
  let claims = 0;
  return {
    async claim(nonce, expiresAt, now) {
      if ((claims += 1) % SWEEP_EVERY === 0) sweep.run(now);
      return insert.run(nonce, expiresAt, now).changes === 1;
    },
    close: async () => void sidecar.close(),
  };
}

/** A Postgres subgraph keeps them in its own database, which every replica shares. */
function postgresNonceStore<DB>(db: Kysely<DB>): NonceStore {
  let ready: Promise<unknown> | undefined;
  let claims = 0;
  return {
    async claim(nonce, expiresAt, now) {
      await (ready ??= sql`CREATE TABLE IF NOT EXISTS seen_nonce (nonce text PRIMARY KEY, expires_at bigint NOT NULL)`.execute(db));
      if ((claims += 1) % SWEEP_EVERY === 0) await sql`DELETE FROM seen_nonce WHERE expires_at <= ${now}`.execute(db);
      const { numAffectedRows } = await sql`
        INSERT INTO seen_nonce (nonce, expires_at) VALUES (${nonce}, ${expiresAt})
        ON CONFLICT (nonce) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_nonce.expires_at <= ${now}`.execute(db);
      return numAffectedRows === 1n;
    },
    close: async () => {},
  };
}

/** The nonce store for a subgraph's database location (see openDatabase). */
export function openNonceStore<DB>(location: string, db: Kysely<DB>): NonceStore {
  if (isPostgres(db)) return postgresNonceStore(db);
  return location === IN_MEMORY ? memoryNonceStore() : sqliteNonceStore(location);
}
