import { narrowTo } from '../../platform/narrow.js';
import type { Kysely } from 'kysely';
import { findAction, findReport, type ActionDatabase, type ActionStatus, type QualitativeReportView } from './actions.js';
import { cutForWrite, type ReportCutRow } from '../cuts/cuts.js';
import type { Transaction } from 'kysely';
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
  cut?: string | null;
  expectedVersion: number;
  idempotencyKey: string;
}

type WriteDatabase = ActionDatabase & AuditDatabase;

const writes = narrowTo<WriteDatabase>();

export interface SetActionStatusInput {
  action: number;
  status: ActionStatus;
  cut?: string | null;
  expectedVersion: number;
  idempotencyKey: string;
}

/** Writes an action's report in an open cut (narrative or status); the other cuts' reports never change. */
async function writeReport<DB extends WriteDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: MinistryCode,
  input: { action: number; cut?: string | null; expectedVersion: number; idempotencyKey: string },
  change: { narrative?: string; status?: ActionStatus },
): Promise<QualitativeReportView> {
  let cut: ReportCutRow | undefined;
  const current = async (trx: Transaction<DB>, inCut: ReportCutRow) => {
    const action = await findAction(trx, input.action);
    return action ? findReport(trx, action, inCut) : undefined;
  };
  return versionedWrite(db, {
    identity,
    owner,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: input.expectedVersion,
    request: { ...input, ...change },
    async load(trx) {
      cut = await cutForWrite(trx, input.cut);
      return current(trx, cut);
    },
    notFound: () => notFound('input.action', `La acción ${input.action} no es del ${owner}; solo puede reportar sus propias acciones.`),
    async apply(trx, report) {
      const cutId = cut!.id;
      const row = { narrative: change.narrative ?? report.narrative, status: change.status ?? report.status, version: report.version + 1 };
      await writes(trx)
        .insertInto('action_report')
        .values({ action_number: input.action, cut_id: cutId, ...row })
        .onConflict((oc) => oc.columns(['action_number', 'cut_id']).doUpdateSet(row))
        .execute();
      const key = String(input.action);
      return change.narrative !== undefined
        ? [{ cut: cutId, entity: 'action', key, field: 'narrative', before: report.narrative, after: change.narrative }]
        : [{ cut: cutId, entity: 'action', key, field: 'status', before: report.status, after: row.status }];
    },
    result: async (trx) => (await current(trx, cut!))!,
  });
}

/** Writes an action's qualitative report for a cut (see versionedWrite for the guarantees). */
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
  return writeReport(db, identity, owner, input, { narrative });
}

/** Reports an action's status in a cut. */
export function setActionStatus<DB extends WriteDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: MinistryCode,
  input: SetActionStatusInput,
): Promise<QualitativeReportView> {
  assertCanReport(identity, owner);
  return writeReport(db, identity, owner, input, { status: input.status });
}

/** Report fields beyond its columns: the audit history of the narrative and status, as of the cut read. */
export const reportFields = {
  history: <DB extends WriteDatabase>(report: QualitativeReportView, _: unknown, { db }: { db: Kysely<DB> }) =>
    listChanges(db, 'action', String(report.actionNumber), report.cutId),
};
