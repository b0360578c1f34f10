import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import SQLite from 'better-sqlite3';
import { SWEEP_EVERY, type ResponseCacheStore } from './cache-store.js';

/**
 * The response cache's store on one machine: one SQLite file every gateway process there opens,
 * holding the answers and, per deployment, the write generation that is part of every answer's key.
 * SQLite is the embedded default already (better-sqlite3 is in the tree), and its write-ahead log lets
 * the processes read while one writes; a read costs a few microseconds, as a local Redis round trip
 * would not.
 */
export class SqliteCacheStore implements ResponseCacheStore {
  private readonly sqlite: SQLite.Database;
  private readonly selectEntry: SQLite.Statement<[string, number], { value: string }>;
  private readonly upsertEntry: SQLite.Statement<[string, string, number]>;
  private readonly deleteEntry: SQLite.Statement<[string]>;
  private readonly sweepEntries: SQLite.Statement<[number]>;
  private readonly selectGeneration: SQLite.Statement<[string], { value: number }>;
  private readonly bumpGeneration: SQLite.Statement<[string]>;
  private writes = 0;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.sqlite = new SQLite(path);
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.pragma('busy_timeout = 5000');
    // No fsync per answer: every process sees a committed bump at once, which is what a write's
    // acknowledgement needs. A power cut may lose the last bumps, with every answer written after them;
    // the answers written before them expire within the TTL, shorter than a machine takes to come back.
    this.sqlite.pragma('synchronous = NORMAL');
    this.sqlite.exec(`
      CREATE TABLE IF NOT EXISTS answer (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS write_generation (deployment TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
    `);
    this.selectEntry = this.sqlite.prepare('SELECT value FROM answer WHERE key = ? AND expires_at > ?');
    this.upsertEntry = this.sqlite.prepare(
      'INSERT INTO answer (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
    );
    this.deleteEntry = this.sqlite.prepare('DELETE FROM answer WHERE key = ?');
    this.sweepEntries = this.sqlite.prepare('DELETE FROM answer WHERE expires_at <= ?');
    this.selectGeneration = this.sqlite.prepare('SELECT value FROM write_generation WHERE deployment = ?');
    this.bumpGeneration = this.sqlite.prepare(
      'INSERT INTO write_generation (deployment, value) VALUES (?, 1) ON CONFLICT (deployment) DO UPDATE SET value = value + 1',
    );
  }

  async get(key: string): Promise<string | undefined> {
    return this.selectEntry.get(key, Date.now())?.value;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const now = Date.now();
    this.upsertEntry.run(key, value, now + (options?.ttl ?? 60) * 1000);
    if (++this.writes % SWEEP_EVERY === 0) this.sweepEntries.run(now);
  }

  async delete(key: string): Promise<boolean> {
    return this.deleteEntry.run(key).changes > 0;
  }

  async generation(deployment: string): Promise<number> {
    return this.selectGeneration.get(deployment)?.value ?? 0;
  }

  async invalidate(deployment: string): Promise<void> {
    this.bumpGeneration.run(deployment);
  }

  async close(): Promise<void> {
    this.sqlite.close();
  }
}
