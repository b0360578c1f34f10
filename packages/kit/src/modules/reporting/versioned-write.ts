import { GraphQLError } from 'graphql';
import type { Kysely, Transaction } from 'kysely';
import { claimIdempotencyKey, recordChange, type AuditDatabase, type Change } from './audit.js';
import { badUserInput } from '../../graphql/errors.js';
import { assertNoControlCharacters } from './free-text.js';
import { writeTransaction } from '../../platform/postgres.js';
import type { Identity } from './identity.js';
import { assertCanReport, type DataOwner } from './write-access.js';

const MAX_KEY_LENGTH = 100;

export interface VersionedWrite<DB extends AuditDatabase, Row extends { version: number }, Result> {
  identity: Identity;
  owner: DataOwner;
  /** Who may make this write; by default only a reporter of the owning ministry. */
  authorize?: (identity: Identity, owner: DataOwner) => void;
  idempotencyKey: string;
  expectedVersion: number;
  /** The whole input: a retry must repeat it exactly to count as the same request. */
  request: unknown;
  load(trx: Transaction<DB>): Promise<Row | undefined>;
  notFound(): GraphQLError;
  /** Writes the new values (and version + 1); returns the changes to audit. */
  apply(trx: Transaction<DB>, row: Row): Promise<Change[]>;
  result(trx: Transaction<DB>): Promise<Result>;
}

/**
 * The one way every ministry writes: only its reporters; an idempotency key so a retry changes
 * nothing twice; the version the writer read, so a stale write is refused instead of lost; and the
 * audit record in the same transaction as the change.
 */
export async function versionedWrite<DB extends AuditDatabase, Row extends { version: number }, Result>(
  db: Kysely<DB>,
  write: VersionedWrite<DB, Row, Result>,
): Promise<Result> {
  (write.authorize ?? assertCanReport)(write.identity, write.owner);
  const key = write.idempotencyKey.trim();
  if (!key || key.length > MAX_KEY_LENGTH) {
    throw badUserInput('input.idempotencyKey', `La clave de idempotencia es obligatoria y tiene como máximo ${MAX_KEY_LENGTH} caracteres.`);
  }
  assertNoControlCharacters('input.idempotencyKey', 'La clave de idempotencia', write.idempotencyKey, false);
  return writeTransaction(db, async (trx) => {
    const row = await write.load(trx);
    if (!row) throw write.notFound();
    const claim = await claimIdempotencyKey(trx, `${write.identity.subject}:${key}`, write.request);
    if (claim === 'conflict') {
      throw badUserInput('input.idempotencyKey', 'Esta clave de idempotencia ya se usó para otra operación; use una clave nueva.');
    }
    if (claim === 'new') {
      if (row.version !== write.expectedVersion) {
        throw new GraphQLError(
          `El dato cambió desde que se leyó (versión ${write.expectedVersion}, ahora ${row.version}); vuelva a leerlo y reintente.`,
          { extensions: { code: 'STALE_VERSION', field: 'input.expectedVersion', currentVersion: row.version } },
        );
      }
      for (const change of await write.apply(trx, row)) await recordChange(trx, change, write.identity, key);
    }
    return write.result(trx);
  });
}
