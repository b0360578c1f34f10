import { narrowTo } from '../../platform/narrow.js';
import type { Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Identity } from './identity.js';

export interface ChangeLogTable {
  id: Generated<number>;
  entity: string;
  entity_key: string;
  field: string;
  before: string | null;
  after: string | null;
  changed_at: string;
  subject: string;
  ministry: string | null;
  role: string;
  idempotency_key: string;
  /** The cut the change was made in; NULL only for records older than this column whose cut is unknown. */
  cut_id: string | null;
}

/** The request behind each idempotency key, so a retry is recognised and a reused key refused. */
export interface IdempotentRequestTable {
  key: string;
  request: string;
  created_at: string;
  /** The answer the first request was given (JSON), returned again to every retry. */
  response: string | null;
}

/** Every change is kept: who, when, with which token's ministry and role, the value before and after. */
export interface AuditDatabase {
  change_log: ChangeLogTable;
  idempotent_request: IdempotentRequestTable;
}

export type ChangeRow = Selectable<ChangeLogTable>;

export interface Change {
  /** The cut the change is made in: reading an earlier cut never shows it. Null for what no cut holds (a period's approval). */
  cut: string | null;
  entity: string;
  key: string;
  field: string;
  before: string | null;
  after: string | null;
}

const audit = narrowTo<AuditDatabase>();

export async function recordChange<DB extends AuditDatabase>(
  trx: Transaction<DB>,
  change: Change,
  identity: Identity,
  idempotencyKey: string,
): Promise<void> {
  await audit(trx)
    .insertInto('change_log')
    .values({
      entity: change.entity,
      entity_key: change.key,
      field: change.field,
      before: change.before,
      after: change.after,
      changed_at: new Date().toISOString(),
      subject: identity.subject,
      ministry: identity.ministry,
      role: identity.role,
      idempotency_key: idempotencyKey,
      cut_id: change.cut,
    })
    .execute();
}

/**
 * An entity's history as of a cut: the changes made in that cut or an earlier one, oldest first. A
 * change made in a later cut (a correction of an earlier period, a narrative of the next cut) is never
 * part of an earlier cut's history. A record whose cut is unknown (made before changes named their cut)
 * is shown in every cut rather than hidden. `asOfCut` null lists every change (what no cut holds).
 */
export function listChanges<DB extends AuditDatabase>(
  db: Kysely<DB>,
  entity: string,
  key: string,
  asOfCut: string | null,
): Promise<ChangeRow[]> {
  let query = audit(db).selectFrom('change_log').selectAll().where('entity', '=', entity).where('entity_key', '=', key);
  if (asOfCut !== null) query = query.where((eb) => eb.or([eb('cut_id', '<=', asOfCut), eb('cut_id', 'is', null)]));
  return query.orderBy('id').execute();
}

/** What an idempotency key says of a request: new, a retry of the same request (with its first answer, if kept), or another request. */
export type IdempotencyClaim = { kind: 'new' } | { kind: 'replay'; response: string | null } | { kind: 'conflict' };

/** Claims a key for a request the first time it is seen; a retry finds its request and first answer. */
export async function claimIdempotencyKey<DB extends AuditDatabase>(
  trx: Transaction<DB>,
  key: string,
  request: unknown,
): Promise<IdempotencyClaim> {
  const serialized = JSON.stringify(request);
  const existing = await audit(trx)
    .selectFrom('idempotent_request')
    .select(['request', 'response'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (existing) return existing.request === serialized ? { kind: 'replay', response: existing.response } : { kind: 'conflict' };
  await audit(trx)
    .insertInto('idempotent_request')
    .values({ key, request: serialized, created_at: new Date().toISOString(), response: null })
    .execute();
  return { kind: 'new' };
}

/** Keeps the answer a claimed key was given, in the same transaction as the write. */
export async function keepIdempotentAnswer<DB extends AuditDatabase>(trx: Transaction<DB>, key: string, response: unknown): Promise<void> {
  await audit(trx)
    .updateTable('idempotent_request')
    .set({ response: JSON.stringify(response) })
    .where('key', '=', key)
    .execute();
}
