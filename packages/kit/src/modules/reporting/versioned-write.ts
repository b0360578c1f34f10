import { GraphQLError } from 'graphql';
import type { Kysely, Transaction } from 'kysely';
import { claimIdempotencyKey, keepIdempotentAnswer, recordChange, type AuditDatabase, type Change } from './audit.js';
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
  /**
   * Reads what the write changes, in its transaction; also where a write checks the state it depends
   * on (its cut open), so that a retry, answered before this runs, never meets a state changed since.
   */
  load(trx: Transaction<DB>): Promise<Row | undefined>;
  notFound(): GraphQLError;
  /** Writes the new values (and version + 1); returns the changes to audit. */
  apply(trx: Transaction<DB>, row: Row): Promise<Change[]>;
  result(trx: Transaction<DB>): Promise<Result>;
}

/**
 * The one way every ministry writes: only its reporters; an idempotency key so a retry changes
 * nothing twice and gets the answer the first request got, whatever happened since (a cut approved
 * and locked, a later correction); the version the writer read, so a stale write is refused instead
 * of lost; and the audit record in the same transaction as the change.
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
  const claimKey = `${write.identity.subject}:${key}`;
  return writeTransaction(db, async (trx) => {
    const claim = await claimIdempotencyKey(trx, claimKey, write.request);
    if (claim.kind === 'conflict') {
      throw badUserInput('input.idempotencyKey', 'Esta clave de idempotencia ya se usó para otra operación; use una clave nueva.');
    }
    if (claim.kind === 'replay' && claim.response !== null) return JSON.parse(claim.response) as Result;
    const row = await write.load(trx);
    if (!row) throw write.notFound();
    // A retry of a write kept before answers were kept: applied once, answered with what is there now.
    if (claim.kind === 'replay') return write.result(trx);
    if (row.version !== write.expectedVersion) {
      throw new GraphQLError(
        `El dato cambió desde que se leyó (versión ${write.expectedVersion}, ahora ${row.version}); vuelva a leerlo y reintente.`,
        { extensions: { code: 'STALE_VERSION', field: 'input.expectedVersion', currentVersion: row.version } },
      );
    }
    for (const change of await write.apply(trx, row)) await recordChange(trx, change, write.identity, key);
    const result = await write.result(trx);
    await keepIdempotentAnswer(trx, claimKey, result);
    return result;
  });
}
