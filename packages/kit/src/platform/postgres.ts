import pg from 'pg';
import {
  ColumnDefinitionNode,
  DataTypeNode,
  GeneratedNode,
  Kysely,
  OperationNodeTransformer,
  PostgresAdapter,
  PostgresDialect,
  sql,
  type KyselyPlugin,
  type LogEvent,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type Transaction,
  type UnknownRow,
} from 'kysely';

/**
 * Everything that differs between the two engines a subgraph can run on, in one place: how a
 * Postgres database is opened, how its migrations' column types are read, how its writes are
 * serialised and how it proves it sorts text as SQLite does. The rest of the code writes SQL once.
 */

/** Whether a subgraph's database location is a Postgres server (`postgres://` or `postgresql://`) rather than a SQLite file. */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Whether a database runs on Postgres (otherwise it is SQLite). */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** A location to print: a Postgres URL without its password. */
export function redactedLocation(location: string): string {
  if (!isPostgresLocation(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * SQLite's integers are 64-bit and come back as numbers; Postgres's `count` and `sum` are `bigint`
 * and `numeric`, which `pg` returns as strings. Every figure here fits a JavaScript number exactly
 * (the largest, Igualdad's 13.000.000.000 COP, is far below 2^53), so they are read as numbers, and
 * one that does not fit is an error rather than a silently different figure.
 */
const POSTGRES_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return exactNumber;
    return pg.types.getTypeParser(oid, format);
  },
};

function exactNumber(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
    throw new RangeError(`La base de datos devolvió ${text}, que no cabe exacto en un número.`);
  }
  return value;
}

/** Connections per subgraph process: the writes are serialised anyway (see writeTransaction), reads share the rest. */
const POOL_SIZE = 10;

/**
 * A server that cannot be reached, or a statement stuck behind a lock, fails the request after this
 * long instead of holding it (and its connection) forever; `pg` waits without limit by default.
 */
const CONNECT_TIMEOUT_MS = 5_000;
const STATEMENT_TIMEOUT_MS = 30_000;

/**
 * pg closes a connection idle for 10 s by default, and the next request after a quiet spell (a
 * dashboard refreshing every minute) pays for a new one: authentication and cold catalog caches,
 * measured at 2,2 s instead of 0,4 for the benchmark's W1. A subgraph keeps its few connections.
 */
const IDLE_TIMEOUT_MS = 10 * 60_000;

/** A kysely database on a Postgres server, with the number types above. */
export function openPostgres<DB>(url: string, log: (event: LogEvent) => void): Kysely<DB> {
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    types: POSTGRES_TYPES,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
  });
  // An idle connection the server drops (a restart, a failover) must not crash the process.
  pool.on('error', () => {});
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }), log });
}

/**
 * The migrations name SQLite's types; on Postgres, `integer` is 32-bit and `real` single precision,
 * which would refuse or round the report's figures. So there they mean `bigint` and `double
 * precision`, and SQLite's autoincrement means an identity column that still accepts given ids (the
 * copy between engines keeps them).
 */
class PostgresColumnTypes extends OperationNodeTransformer {
  protected override transformDataType(node: DataTypeNode): DataTypeNode {
    if (node.dataType === 'integer') return DataTypeNode.create('bigint');
    if (node.dataType === 'real') return DataTypeNode.create('double precision');
    return node;
  }

  protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
    const column = super.transformColumnDefinition(node);
    if (!column.autoIncrement) return column;
    return ColumnDefinitionNode.cloneWith(column, {
      autoIncrement: false,
      generated: GeneratedNode.create({ byDefault: true, identity: true }),
    });
  }
}

const POSTGRES_MIGRATIONS: KyselyPlugin = {
  transformQuery: ({ node }: PluginTransformQueryArgs): RootOperationNode =>
    node.kind === 'CreateTableNode' || node.kind === 'AlterTableNode' ? new PostgresColumnTypes().transformNode(node) : node,
  transformResult: async ({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => result,
};

/** The database the migrations run on: on Postgres, with SQLite's column types read as above. */
export function forMigrations<DB>(db: Kysely<DB>): Kysely<DB> {
  return isPostgres(db) ? db.withPlugin(POSTGRES_MIGRATIONS) : db;
}

/**
 * A transaction for a write. SQLite has one connection, so its transactions never overlap; a
 * Postgres pool runs them side by side, and two writes that both read version 3 would both pass
 * the version check. A transaction-scoped advisory lock (one per database) gives Postgres the same
 * order SQLite has: the version check, the idempotency claim and the open-cut check see every write
 * committed before them, and the audit log's ids follow commit order.
 */
export function writeTransaction<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
    return work(trx);
  });
}

/** The advisory lock's key: any constant, as advisory locks are per database. */
const WRITE_LOCK = 657_001;

/** Text in the order bytes sort, as SQLite compares it: what ids, cursors and pages are ordered by. */
const BYTE_ORDER = ['-', '0', 'A', 'B', '_', 'a', 'b', '|', 'á'];

/**
 * Pages, cursors and the BI table are ordered by text ids, and SQLite sorts text by bytes. A Postgres
 * database sorts by its collation, which for most locales ignores punctuation and case, and the same
 * request would page differently on the two engines. So a Postgres database must sort by bytes (the
 * `C` collation); one that does not is refused at start with how to create one that does.
 */
export async function assertByteOrder<DB>(db: Kysely<DB>): Promise<void> {
  if (!isPostgres(db)) return;
  const values = sql.join(BYTE_ORDER.map((value) => sql`(${value}::text)`));
  const { rows } = await sql<{ sorted: string }>`select string_agg(v, ' ' order by v) as sorted from (values ${values}) as t(v)`.execute(
    db,
  );
  if (rows[0]!.sorted !== BYTE_ORDER.join(' ')) {
    throw new Error(
      'La base de datos Postgres ordena el texto según su idioma y no por bytes, como SQLite: las páginas y los cursores saldrían en otro orden. ' +
        "Créela con el orden de bytes: CREATE DATABASE <nombre> TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';",
    );
  }
}
