import { sql, OperationNodeTransformer, TableNode, type Kysely, type KyselyPlugin, type Transaction } from 'kysely';
import { narrowTo } from '../../platform/narrow.js';
import type { AuditDatabase } from '../reporting/audit.js';
import type { Identity } from '../reporting/identity.js';
import type { DataOwner } from '../reporting/write-access.js';
import { FACT_COLUMNS } from '../facts/facts.js';
import type { CutDatabase } from './cuts.js';

type SnapshotDatabase = CutDatabase & AuditDatabase;

const snapshots = narrowTo<SnapshotDatabase>();

/** The tables a cut's rows live in, and the view that reads each as approved. */
const PUBLISHED: Readonly<Record<string, string>> = {
  recorded_value: 'published_recorded_value',
  action_report: 'published_action_report',
  task_report: 'published_task_report',
  change_log: 'published_change_log',
};

/** The columns kept of each table of a cut's rows (the `approved_*` tables have the same). */
const KEPT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  recorded_value: [...FACT_COLUMNS, 'cut_id', 'version', 'recorded_at'],
  action_report: ['action_number', 'cut_id', 'narrative', 'status', 'version'],
  task_report: ['action_number', 'position', 'cut_id', 'status', 'progress_percent', 'version'],
};

/**
 * When the secretariat reopens a ministry's approved cut, its approved rows are kept aside with the
 * last audit record they include, so that readers keep reading the cut as approved while the ministry
 * corrects it (readerDatabase).
 */
export async function keepApprovedVersion<DB extends SnapshotDatabase>(trx: Transaction<DB>, cut: string): Promise<void> {
  const tables = snapshots(trx);
  const last = await tables
    .selectFrom('change_log')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  await tables
    .insertInto('approved_cut_snapshot')
    .values({ cut_id: cut, last_change_id: Number(last?.id ?? 0) })
    .execute();
  for (const [table, columns] of Object.entries(KEPT_COLUMNS)) {
    const list = sql.join(columns.map((column) => sql.ref(column)));
    await sql`INSERT INTO ${sql.table(`approved_${table}`)} (${list}) SELECT ${list} FROM ${sql.table(table)} WHERE cut_id = ${cut}`.execute(
      trx,
    );
  }
}

/** Approved again: the live rows are the approved ones, and the kept ones go (with the snapshot, by cascade). */
export async function releaseApprovedVersion<DB extends SnapshotDatabase>(trx: Transaction<DB>, cut: string): Promise<void> {
  await snapshots(trx).deleteFrom('approved_cut_snapshot').where('cut_id', '=', cut).execute();
}

/** Renames a read's tables to the views that give every reopened cut as it was approved. */
class PublishedTables extends OperationNodeTransformer {
  protected override transformTable(node: TableNode): TableNode {
    const published = PUBLISHED[node.table.identifier.name];
    return published && !node.table.schema ? TableNode.create(published) : super.transformTable(node);
  }
}

const publishedTables = new PublishedTables();

const PUBLISHED_READS: KyselyPlugin = {
  transformQuery: ({ node }) => (node.kind === 'SelectQueryNode' ? publishedTables.transformNode(node) : node),
  transformResult: async ({ result }) => result,
};

const publishedDatabases = new WeakMap<object, object>();

/** Who edits a reopened cut reads it as it is being corrected: the owning ministry's reporters and the secretariat. */
function editsCuts(identity: Identity, owner: DataOwner): boolean {
  return identity.role === 'secretariat' || (identity.role === 'reporter' && identity.ministry === owner);
}

/**
 * The database a request reads: for everyone but those who edit the cut, a reopened cut reads as it
 * was approved until it is approved again. With no cut reopened (nearly always) it is the database
 * itself, so the views cost nothing then. Asked on every request, so another process's reopening
 * (several subgraph processes on one Postgres database) is seen at once.
 */
export async function readerDatabase<DB extends SnapshotDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: DataOwner,
): Promise<Kysely<DB>> {
  if (editsCuts(identity, owner)) return db;
  // One primary-key probe a request, the same whatever was written before: cheaper than a data-version check.
  const reopened = await snapshots(db).selectFrom('approved_cut_snapshot').select('cut_id').limit(1).executeTakeFirst();
  if (!reopened) return db;
  let published = publishedDatabases.get(db) as Kysely<DB> | undefined;
  // One instance per database, so per-database memos (counts of facts) are kept apart for each reading.
  if (!published) {
    published = db.withPlugin(PUBLISHED_READS);
    publishedDatabases.set(db, published);
  }
  return published;
}
