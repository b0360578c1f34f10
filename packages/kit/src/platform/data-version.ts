import { sql, type Kysely } from 'kysely';
import { isPostgres } from './postgres.js';

/**
 * A token that changes whenever the database's data may have changed. Two equal tokens mean the
 * same data, so an aggregate computed under one can be reused under the other.
 * - SQLite: rows this connection has modified (`total_changes()`) and commits by any other
 *   connection (`PRAGMA data_version`: a script writing to the file, say).
 * - Postgres: the current snapshot, which moves with every transaction that commits or takes an
 *   id on the server. Other databases' writes move it too, which only costs a recount.
 */
export async function dataVersion<DB>(db: Kysely<DB>): Promise<string> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ snapshot: string }>`select pg_current_snapshot()::text as snapshot`.execute(db);
    return rows[0]!.snapshot;
  }
  const { rows } = await sql<{
    changes: number;
    version: number;
  }>`select total_changes() as changes, (select data_version from pragma_data_version) as version`.execute(db);
  return `${rows[0]!.changes}:${rows[0]!.version}`;
}

/** Keeps at most this many aggregates per database: enough for every filter a refresh or a dashboard uses. */
const MAX_ENTRIES = 256;

const memos = new WeakMap<object, Map<string, { version: string; value: Promise<number> }>>();

/**
 * An aggregate of a database (a count, say) under a key, computed once per data version: the next
 * request with the same key and the same data reuses it, and any write in between computes it again.
 */
export async function memoisedAggregate<DB>(db: Kysely<DB>, key: string, compute: () => Promise<number>): Promise<number> {
  let entries = memos.get(db);
  if (!entries) memos.set(db, (entries = new Map()));
  const version = await dataVersion(db);
  const known = entries.get(key);
  if (known?.version === version) return known.value;
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const value = compute();
  entries.set(key, { version, value });
  // A failed computation is never reused.
  value.catch(() => entries.delete(key));
  return value;
}
