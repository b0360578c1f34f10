import {
  SUBGRAPH_NAMES,
  IN_MEMORY,
  jwtSecret,
  openDatabase,
  prepareSubgraphDatabase,
  startSubgraph,
  type RunningSubgraph,
} from '@cnim/kit';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDefinition } from '../../scripts/subgraph-definitions.js';
import { freshPostgresDatabase, type FreshDatabase, type FreshPostgresDatabase } from '../support/fresh-database.js';
import { graphql } from '../support/graphql.js';
import { secretariat } from '../support/cuts.js';
import { tokenFor } from '../support/tokens.js';

type Rows = Record<string, string[]>;

/**
 * Every table and view of a database, each row as JSON, sorted in JavaScript (so neither engine's
 * collation matters). Columns saying when a row was written (`*_at`) are left out: they hold the time
 * each database was prepared.
 */
async function contents<DB>(db: Kysely<DB>): Promise<Rows> {
  const anyDb = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const result: Rows = {};
  for (const table of await anyDb.introspection.getTables()) {
    const rows = await anyDb.selectFrom(table.name).selectAll().execute();
    result[`${table.isView ? 'vista' : 'tabla'} ${table.name}`] = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .filter((column) => !column.endsWith('_at'))
            .sort()
            .map((column) => [column, row[column]]),
        ),
      )
      .sort();
  }
  return result;
}

describe('the same migrations and data sets on Postgres as on SQLite', () => {
  it.each(SUBGRAPH_NAMES)('%s: every table and view holds the same rows, value for value', async (name) => {
    const definition = await loadDefinition(name);
    const postgres = await freshPostgresDatabase(name);
    const onSqlite = await prepareSubgraphDatabase(definition, IN_MEMORY);
    const onPostgres = await prepareSubgraphDatabase(definition, postgres.location);
    try {
      const [expected, actual] = [await contents(onSqlite), await contents(onPostgres)];
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      expect(actual).toEqual(expected);
      expect(Object.values(actual).flat().length).toBeGreaterThan(80);
    } finally {
      await onSqlite.destroy();
      await onPostgres.destroy();
      await postgres.drop();
    }
  });

  it("keeps Igualdad's 13.000.000.000 COP exact, as a number (Postgres's integer would overflow)", async () => {
    const postgres = await freshPostgresDatabase('igualdad');
    const db = (await prepareSubgraphDatabase(await loadDefinition('igualdad'), postgres.location)) as unknown as Kysely<{
      stated_figure: { action_number: number; code: string; value: number };
    }>;
    try {
      const row = await db
        .selectFrom('stated_figure')
        .select('value')
        .where('action_number', '=', 1)
        .where('code', '=', 'INVESTMENT_COP')
        .executeTakeFirstOrThrow();
      expect(row.value).toBe(13_000_000_000);
    } finally {
      await db.destroy();
      await postgres.drop();
    }
  });
});

describe('a Postgres database that does not sort text by bytes', () => {
  let database: string;
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    database = `cnim_icu_${process.pid}`;
    await admin.query(`CREATE DATABASE ${database} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'es-CO' LOCALE 'C'`);
    await admin.end();
  });
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  it('is refused at start, saying how to create one that does, and is left untouched', async () => {
    const url = new URL(inject('postgresUrl'));
    url.pathname = `/${database}`;
    await expect(prepareSubgraphDatabase(await loadDefinition('salud'), url.toString())).rejects.toThrow(
      "La base de datos Postgres ordena el texto según su idioma y no por bytes, como SQLite: las páginas y los cursores saldrían en otro orden. Créela con el orden de bytes: CREATE DATABASE <nombre> TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';",
    );
    const db = openDatabase<unknown>(url.toString());
    try {
      expect(await (db as Kysely<Record<string, Record<string, unknown>>>).introspection.getTables()).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});

describe('concurrent writes on Postgres behave as on SQLite', () => {
  let database: FreshDatabase;
  let subgraph: RunningSubgraph;
  const SET = 'mutation ($input: SetTaskStatusInput!) { salud { setTaskStatus(input: $input) { status version history { after } } } }';
  beforeAll(async () => {
    database = await freshPostgresDatabase('salud');
    subgraph = await startSubgraph(await loadDefinition('salud'), {
      port: 0,
      host: '127.0.0.1',
      database: database.location,
      directTokenKey: jwtSecret({}).key,
    });
    const { errors } = await graphql(
      subgraph.url,
      'mutation { salud { openCut(input: { cut: "2026-02", label: "Febrero 2026", closingDate: "2026-02-28", idempotencyKey: "abrir" }) { status } } }',
      undefined,
      await secretariat(),
    );
    expect(errors).toBeUndefined();
  });
  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('accepts exactly one of eight writes made at once from the same version; the others are told the data changed', async () => {
    const headers = { authorization: `Bearer ${await tokenFor('reporter', 'SALUD', 'ana')}` };
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        graphql<{ salud: { setTaskStatus: { version: number } } }>(
          subgraph.url,
          SET,
          {
            input: {
              action: 12,
              task: 1,
              status: index % 2 ? 'COMPLETED' : 'IN_PROGRESS',
              expectedVersion: 0,
              idempotencyKey: `a-la-vez-${index}`,
            },
          },
          headers,
        ),
      ),
    );
    const accepted = answers.filter((answer) => answer.data?.salud);
    const refused = answers.flatMap((answer) => answer.errors ?? []);
    expect(accepted.map((answer) => answer.data!.salud.setTaskStatus.version)).toEqual([1]);
    expect(refused.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual(
      Array(7).fill(['STALE_VERSION', 'input.expectedVersion']),
    );
  });

  it('applies a write sent eight times at once with one idempotency key once, and answers all eight alike', async () => {
    const headers = { authorization: `Bearer ${await tokenFor('reporter', 'SALUD', 'ana')}` };
    const input = { action: 12, task: 2, status: 'COMPLETED', expectedVersion: 0, idempotencyKey: 'reintentos' };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => graphql<{ salud: { setTaskStatus: unknown } }>(subgraph.url, SET, { input }, headers)),
    );
    expect(answers.map((answer) => answer.errors)).toEqual(Array(8).fill(undefined));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.data)))).toEqual(
      new Set([JSON.stringify({ salud: { setTaskStatus: { status: 'COMPLETED', version: 1, history: [{ after: 'COMPLETED' }] } } })]),
    );
  });
});

describe('a subgraph whose Postgres server stops accepting it', () => {
  let database: FreshPostgresDatabase;
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    database = await freshPostgresDatabase('salud');
    subgraph = await startSubgraph(await loadDefinition('salud'), { port: 0, host: '127.0.0.1', database: database.location });
  });
  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('answers with a clean error and is not ready while it cannot connect, then serves again without a restart', async () => {
    const ready = async () => (await fetch(subgraph.url.replace('/graphql', '/ready'))).status;
    const QUERY = '{ _entities(representations: [{ __typename: "SaludAction", number: 12 }]) { ... on SaludAction { tasks { number } } } }';
    expect((await graphql(subgraph.url, QUERY)).errors).toBeUndefined();
    expect(await ready()).toBe(200);

    await database.setReachable(false);
    const refused = await graphql(subgraph.url, QUERY);
    expect(refused.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Error interno del subgrafo «salud».', 'INTERNAL_SERVER_ERROR'],
    ]);
    expect(JSON.stringify(refused)).not.toMatch(/127\.0\.0\.1|postgres|select|pg_/i);
    expect(await ready()).toBe(503);

    await database.setReachable(true);
    expect((await graphql(subgraph.url, QUERY)).errors).toBeUndefined();
    expect(await ready()).toBe(200);
  });
});
