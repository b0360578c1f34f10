import { narrowTo } from '../../platform/narrow.js';
import type { Kysely } from 'kysely';
import { findAction, qualitativeReport, type ActionDatabase, type QualitativeReportView } from './actions.js';
import { listChanges, type AuditDatabase } from '../reporting/audit.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { assertNoControlCharacters } from '../reporting/free-text.js';
import type { Identity, MinistryCode } from '../reporting/identity.js';
import { versionedWrite } from '../reporting/versioned-write.js';
import { assertCanReport } from '../reporting/write-access.js';

/** The longest narrative accepted: the report's longest runs to about 2.600 characters. */
export const MAX_NARRATIVE_LENGTH = 10_000;

export interface SubmitReportInput {
  action: number;
  narrative: string;
  expectedVersion: number;
  idempotencyKey: string;
}

type WriteDatabase = ActionDatabase & AuditDatabase;

const writes = narrowTo<WriteDatabase>();

/** Replaces an action's qualitative report for the current cut (see versionedWrite for the guarantees). */
export function submitReport<DB extends WriteDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: MinistryCode,
  input: SubmitReportInput,
): Promise<QualitativeReportView> {
  // Who asks is checked before what is asked, so a refusal never depends on the input.
  assertCanReport(identity, owner);
  const narrative = input.narrative.trim();
  if (!narrative || narrative.length > MAX_NARRATIVE_LENGTH) {
    throw badUserInput(
      'input.narrative',
      `La narrativa es obligatoria y tiene como máximo ${MAX_NARRATIVE_LENGTH} caracteres; se recibieron ${narrative.length}.`,
    );
  }
  assertNoControlCharacters('input.narrative', 'La narrativa', input.narrative, true);
  return versionedWrite(db, {
    identity,
    owner,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: input.expectedVersion,
    request: input,
    load: (trx) => findAction(trx, input.action),
    notFound: () => notFound('input.action', `La acción ${input.action} no es del ${owner}; solo puede reportar sus propias acciones.`),
    async apply(trx, action) {
      await writes(trx).updateTable('action').set({ narrative, version: action.version + 1 }).where('number', '=', input.action).execute();
      return [{ entity: 'action', key: String(input.action), field: 'narrative', before: action.narrative, after: narrative }];
    },
    result: async (trx) => qualitativeReport((await findAction(trx, input.action))!),
  });
}

/** Report fields beyond its columns: the audit history of the narrative. */
export const reportFields = {
  history: <DB extends WriteDatabase>(report: QualitativeReportView, _: unknown, { db }: { db: Kysely<DB> }) =>
    listChanges(db, 'action', String(report.actionNumber)),
};
