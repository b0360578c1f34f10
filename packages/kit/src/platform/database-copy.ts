import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from './database.js';
import { migrateToLatest, pendingMigrations } from './migrations.js';
import { assertByteOrder, isPostgres, isPostgresLocation, redactedLocation } from './postgres.js';

/** One table as copied: its rows on both sides and whether their digests agree. */
export interface CopiedTable {
  table: string;
  rows: number;
  /** SHA-256 of the table's rows, read back from the target: equal to the source's. */
  digest: string;
}

export class CopyError extends Error {
  override name = 'CopyError';
}

interface Column {
  name: string;
  primaryKey: boolean;
}

interface TableShape {
  name: string;
  columns: Column[];
  /** Tables whose rows this one's foreign keys point to. */
  references: Set<string>;
  /** Its own columns that point to its own rows (an indicator bounded by another). */
  selfReferences: string[];
}

// Loosely typed on purpose: the copy reads whatever tables the migrations made, not one subgraph's.
type AnyDatabase = Kysely<Record<string, Record<string, unknown>>>;
type Row = Record<string, unknown>;

/**
 * Copies a subgraph's whole database from one engine to the other (or to the same one): every row
 * of every table, with its ids, versions, audit log and idempotency keys as they are, so a ministry
 * can start on SQLite and move to Postgres later, or back. The source must be at the latest
 * migration; the target is migrated, must not have served a subgraph yet (unless `replace`), and is
 * emptied first. The rows are written in one transaction, and each table's digest is read back from the
 * target and compared with the source's: any difference undoes nothing less than a failed copy does.
 */
export async function copyDatabase(
  definition: { migrations: readonly URL[] },
  from: string,
  to: string,
  options: { replace?: boolean } = {},
): Promise<CopiedTable[]> {
  // Opening a SQLite file that is not there would create an empty one.
  if (!isPostgresLocation(from) && !existsSync(from)) throw new CopyError(`La base de origen ${from} no existe.`);
  const source = openDatabase(from) as AnyDatabase;
  let target: AnyDatabase | undefined;
  try {
    const pending = await pendingMigrations(source, definition.migrations);
    if (pending.length) {
      throw new CopyError(
        `La base de origen (${redactedLocation(from)}) no está en la última migración (${pending.length === 1 ? 'falta' : `faltan ${pending.length}, desde`} ${pending[0]}): ¿es una base de este subgrafo? Si lo es, arranque el subgrafo una vez sobre ella y vuelva a copiar.`,
      );
    }
    await assertByteOrder(source);
    target = openDatabase(to) as AnyDatabase;
    await assertByteOrder(target);
    await migrateToLatest(target, definition.migrations);
    const tables = copyOrder(await tableShapes(source));
    const copied = await target.transaction().execute(async (trx) => {
      // The migrations write a few rows of their own (the first cut); a target that has served a
      // subgraph has loaded the report, and its data would be lost.
      if ((await rowCount(trx, 'dataset')) > 0 && !options.replace) {
        throw new CopyError(
          `La base de destino (${redactedLocation(to)}) ya tiene datos de un subgrafo: use --replace para reemplazarlos por los de origen.`,
        );
      }
      for (const table of [...tables].reverse()) await trx.deleteFrom(table.name).execute();
      const result: CopiedTable[] = [];
      for (const table of tables) {
        const rows = await readRows(source, table);
        await insertRows(trx, table, rows);
        if (isPostgres(trx)) await continueIdentity(trx, table.name);
        const copiedDigest = digest(await readRows(trx, table));
        const sourceDigest = digest(rows);
        if (copiedDigest !== sourceDigest) throw new CopyError(`La tabla ${table.name} no quedó igual en el destino: no se copió nada.`);
        result.push({ table: table.name, rows: rows.length, digest: sourceDigest });
      }
      return result;
    });
    // What autovacuum would do soon after, but before the first requests instead of during them:
    // the visibility map for index-only scans, and statistics so the planner knows the tables are full.
    if (isPostgres(target)) await sql`vacuum analyze`.execute(target);
    return copied;
  } finally {
    await source.destroy();
    await target?.destroy();
  }
}

/**
 * Tables that are not the subgraph's data: the nonces of signed requests a Postgres subgraph keeps in its
 * database (nonce-store.ts), which expire within a minute and which a SQLite subgraph keeps beside its file.
 */
const NOT_DATA = new Set(['seen_nonce']);

/** The tables to copy (not views, not kysely's bookkeeping, not NOT_DATA), with their columns and foreign keys. */
async function tableShapes(db: AnyDatabase): Promise<TableShape[]> {
  const tables = (await db.introspection.getTables()).filter((table) => !table.isView && !NOT_DATA.has(table.name));
  const shapes: TableShape[] = [];
  for (const table of tables) {
    const keys = await primaryKey(db, table.name);
    const foreign = await foreignKeys(db, table.name);
    shapes.push({
      name: table.name,
      columns: table.columns.map((column) => ({ name: column.name, primaryKey: keys.includes(column.name) })),
      references: new Set(foreign.filter((key) => key.table !== table.name).map((key) => key.table)),
      selfReferences: foreign.filter((key) => key.table === table.name).map((key) => key.column),
    });
  }
  return shapes;
}

/** Tables in an order where every table comes after the tables it references. */
function copyOrder(tables: TableShape[]): TableShape[] {
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  let remaining = tables;
  while (remaining.length) {
    const ready = remaining.filter((table) => [...table.references].every((name) => placed.has(name)));
    if (!ready.length) throw new CopyError(`Las claves foráneas de ${remaining.map((table) => table.name).join(', ')} forman un ciclo.`);
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
    remaining = remaining.filter((table) => !placed.has(table.name));
  }
  return ordered;
}

// The catalogues differ between engines; these two reads are the copy's only engine-specific SQL.

async function primaryKey(db: AnyDatabase, table: string): Promise<string[]> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ column: string }>`
      select a.attname as "column" from pg_index i
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
       where i.indrelid = ${table}::regclass and i.indisprimary`.execute(db);
    return rows.map((row) => row.column);
  }
  const { rows } = await sql<{
    name: string;
    pk: number;
  }>`select name, pk from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db);
  return rows.map((row) => row.name);
}

async function foreignKeys(db: AnyDatabase, table: string): Promise<Array<{ column: string; table: string }>> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ column: string; table: string }>`
      select a.attname as "column", c.confrelid::regclass::text as "table" from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
       where c.conrelid = ${table}::regclass and c.contype = 'f'`.execute(db);
    return rows;
  }
  const { rows } = await sql<{ from: string; table: string }>`select "from", "table" from pragma_foreign_key_list(${table})`.execute(db);
  return rows.map((row) => ({ column: row.from, table: row.table }));
}

async function rowCount(db: AnyDatabase, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Every row, by primary key: the same order on both engines, as text keys sort by bytes on both. */
async function readRows(db: AnyDatabase, table: TableShape): Promise<Row[]> {
  const keys = table.columns.filter((column) => column.primaryKey).map((column) => column.name);
  let query = db.selectFrom(table.name).selectAll();
  for (const key of keys.length ? keys : table.columns.map((column) => column.name)) query = query.orderBy(key);
  return query.execute();
}

/** Postgres and SQLite both cap the parameters of one statement; this stays under both. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts in chunks. A table whose rows point to its own rows gets the pointed-to rows first, so the
 * foreign key holds after every statement, as Postgres checks it.
 */
async function insertRows(db: AnyDatabase, table: TableShape, rows: Row[]): Promise<void> {
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / table.columns.length));
  for (const batch of referencedFirst(table, rows)) {
    for (let start = 0; start < batch.length; start += chunk) {
      await db
        .insertInto(table.name)
        .values(batch.slice(start, start + chunk))
        .execute();
    }
  }
}

function referencedFirst(table: TableShape, rows: Row[]): Row[][] {
  if (!table.selfReferences.length) return [rows];
  const key = table.columns.find((column) => column.primaryKey)!.name;
  const inserted = new Set<unknown>();
  const batches: Row[][] = [];
  let remaining = rows;
  while (remaining.length) {
    const ready = remaining.filter((row) => table.selfReferences.every((column) => row[column] === null || inserted.has(row[column])));
    if (!ready.length) throw new CopyError(`Las filas de ${table.name} se refieren unas a otras en ciclo.`);
    for (const row of ready) inserted.add(row[key]);
    batches.push(ready);
    remaining = remaining.filter((row) => !inserted.has(row[key]));
  }
  return batches;
}

/** Postgres identity columns (the audit log's id) continue after the copied ids, as SQLite's autoincrement does by itself. */
async function continueIdentity(db: AnyDatabase, table: string): Promise<void> {
  const { rows } = await sql<{ column: string }>`
    select column_name as "column" from information_schema.columns
     where table_schema = current_schema() and table_name = ${table} and is_identity = 'YES'`.execute(db);
  for (const { column } of rows) {
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}), coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(
      db,
    );
  }
}

/** A table's content as one hash: rows in key order, each column by name. */
function digest(rows: Row[]): string {
  const hash = createHash('sha256');
  for (const row of rows)
    hash.update(
      `${JSON.stringify(
        Object.keys(row)
          .sort()
          .map((column) => [column, row[column]]),
      )}\n`,
    );
  return hash.digest('hex');
}
