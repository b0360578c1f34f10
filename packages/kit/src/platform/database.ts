import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';

export const IN_MEMORY = ':memory:';

const statements = new WeakMap<object, { count: number }>();

/** SQL statements a database has run since it was opened: how benchmarks and tests see N+1 queries. */
export function statementCount(db: object): number {
  return statements.get(db)?.count ?? 0;
}

/**
 * Opens a subgraph's SQLite database with the settings every subgraph relies on: foreign keys
 * enforced, write-ahead logging so readers never block the writer, and a busy timeout instead of
 * immediate SQLITE_BUSY errors.
 */
export function openDatabase<DB>(path: string): Kysely<DB> {
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  const counter = { count: 0 };
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') counter.count += 1;
    },
  });
  statements.set(db, counter);
  return db;
}
