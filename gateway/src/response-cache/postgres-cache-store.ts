import type { KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import pg from 'pg';
import { SWEEP_EVERY, type ResponseCacheStore } from './cache-store.js';

/** Any constant: the advisory lock that lets one gateway at a time create the tables. */
const SCHEMA_LOCK = 657_002;

/**
 * The response cache's store for gateways on several machines behind a load balancer: one Postgres
 * database they all name in CNIM_RESPONSE_CACHE, holding the answers and the write generation. A
 * mutation through any machine bumps the generation (committed before its answer is sent), and every
 * request reads it when it starts, so no machine serves an answer from before an acknowledged write.
 * Each lookup is a round trip to the server, the price of sharing between machines.
 */
export class PostgresCacheStore implements ResponseCacheStore {
  private readonly pool: pg.Pool;
  private readonly ready: Promise<void>;
  private writes = 0;

  constructor(url: string) {
    // Small: reads are one short statement each. Bounded waits, so a server that stops answering fails
    // a request instead of holding it.
    this.pool = new pg.Pool({
      connectionString: url,
      max: 4,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 5_000,
      idleTimeoutMillis: 10 * 60_000,
    });
    this.pool.on('error', () => {});
    this.ready = this.createTables();
    // Surfaced by the first request that awaits it, not as an unhandled rejection at start.
    this.ready.catch(() => {});
  }

  private async createTables(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Gateways starting together would race on CREATE TABLE IF NOT EXISTS.
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS cnim_response_cache (key text PRIMARY KEY, value text NOT NULL, expires_at bigint NOT NULL)',
      );
      await client.query('CREATE TABLE IF NOT EXISTS cnim_write_generation (deployment text PRIMARY KEY, value bigint NOT NULL)');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  private async query<Row extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<pg.QueryResult<Row>> {
    await this.ready;
    return this.pool.query<Row>(text, values);
  }

  // An answer that cannot be read or kept is a miss, never an error: the request is computed instead.
  async get(key: string): Promise<string | undefined> {
    try {
      const { rows } = await this.query<{ value: string }>('SELECT value FROM cnim_response_cache WHERE key = $1 AND expires_at > $2', [
        key,
        Date.now(),
      ]);
      return rows[0]?.value;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.keep(key, value, options).catch(() => {});
  }

  private async keep(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const now = Date.now();
    await this.query(
      'INSERT INTO cnim_response_cache (key, value, expires_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
      [key, value, now + (options?.ttl ?? 60) * 1000],
    );
    if (++this.writes % SWEEP_EVERY === 0) await this.query('DELETE FROM cnim_response_cache WHERE expires_at <= $1', [now]);
  }

  async delete(key: string): Promise<boolean> {
    return ((await this.query('DELETE FROM cnim_response_cache WHERE key = $1', [key])).rowCount ?? 0) > 0;
  }

  async generation(deployment: string): Promise<number> {
    const { rows } = await this.query<{ value: string }>('SELECT value FROM cnim_write_generation WHERE deployment = $1', [deployment]);
    return rows[0] ? Number(rows[0].value) : 0;
  }

  async invalidate(deployment: string): Promise<void> {
    await this.query(
      'INSERT INTO cnim_write_generation (deployment, value) VALUES ($1, 1) ON CONFLICT (deployment) DO UPDATE SET value = cnim_write_generation.value + 1',
      [deployment],
    );
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
