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
}

/** The request behind each idempotency key, so a retry is recognised and a reused key refused. */
export interface IdempotentRequestTable {
  key: string;
  request: string;
  created_at: string;
}

/** Every change is kept: who, when, with which token's ministry and role, the value before and after. */
export interface AuditDatabase {
  change_log: ChangeLogTable;
  idempotent_request: IdempotentRequestTable;
}

export type ChangeRow = Selectable<ChangeLogTable>;

export interface Change {
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
    })
    .execute();
}

export function listChanges<DB extends AuditDatabase>(db: Kysely<DB>, entity: string, key: string): Promise<ChangeRow[]> {
  return audit(db).selectFrom('change_log').selectAll().where('entity', '=', entity).where('entity_key', '=', key).orderBy('id').execute();
}

/** 'new' the first time a key is seen, 'replay' for the same request again, 'conflict' for another request. */
export async function claimIdempotencyKey<DB extends AuditDatabase>(
  trx: Transaction<DB>,
  key: string,
  request: unknown,
): Promise<'new' | 'replay' | 'conflict'> {
  const serialized = JSON.stringify(request);
  const existing = await audit(trx).selectFrom('idempotent_request').select('request').where('key', '=', key).executeTakeFirst();
  if (existing) return existing.request === serialized ? 'replay' : 'conflict';
  await audit(trx).insertInto('idempotent_request').values({ key, request: serialized, created_at: new Date().toISOString() }).execute();
  return 'new';
}
