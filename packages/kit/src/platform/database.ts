import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type LogEvent } from 'kysely';
import { isPostgresLocation, openPostgres } from './postgres.js';

export const IN_MEMORY = ':memory:';

const statements = new WeakMap<object, { count: number }>();

/** SQL statements a database has run since it was opened: how benchmarks and tests see N+1 queries. */
export function statementCount(db: object): number {
  return statements.get(db)?.count ?? 0;
}

/**
 * Opens a subgraph's database: a Postgres server when the location is a `postgres://` URL, otherwise
 * a SQLite file (or `:memory:`) with the settings every subgraph relies on: foreign keys enforced,
 * write-ahead logging so readers never block the writer, and a busy timeout instead of immediate
 * SQLITE_BUSY errors.
 */
export function openDatabase<DB>(location: string): Kysely<DB> {
  const counter = { count: 0 };
  const log = (event: LogEvent) => {
    if (event.level === 'query') counter.count += 1;
  };
  const db = isPostgresLocation(location) ? openPostgres<DB>(location, log) : openSqlite<DB>(location, log);
  statements.set(db, counter);
  return db;
}

function openSqlite<DB>(path: string, log: (event: LogEvent) => void): Kysely<DB> {
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), log });
}
