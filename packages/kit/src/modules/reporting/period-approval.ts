import { narrowTo } from '../../platform/narrow.js';
import { GraphQLError } from 'graphql';
import type { Kysely, Transaction } from 'kysely';
import { listChanges, type AuditDatabase } from './audit.js';
import { badUserInput } from '../../graphql/errors.js';
import { assertNoControlCharacters } from './free-text.js';
import type { Identity, MinistryCode } from './identity.js';
import { PERIODS, type PeriodDatabase } from '../periods/periods.js';
import { versionedWrite } from './versioned-write.js';
import { assertCanReport, assertSecretariat } from './write-access.js';

export type ApprovalStatus = 'OPEN' | 'SUBMITTED' | 'APPROVED';

export interface PeriodApprovalTable {
  period_id: string;
  status: ApprovalStatus;
  version: number;
}

export interface ApprovalDatabase extends PeriodDatabase, AuditDatabase {
  period_approval: PeriodApprovalTable;
}

export interface PeriodApprovalView {
  periodId: string;
  status: ApprovalStatus;
  version: number;
}

export interface PeriodTransitionInput {
  period: string;
  reason?: string | null;
  expectedVersion: number;
  idempotencyKey: string;
}

const approvals = narrowTo<ApprovalDatabase>();

/** A period nobody has submitted yet is OPEN, version 0. */
export async function findApproval<DB extends ApprovalDatabase>(db: Kysely<DB>, periodId: string): Promise<PeriodApprovalView> {
  const row = await approvals(db).selectFrom('period_approval').selectAll().where('period_id', '=', periodId).executeTakeFirst();
  return row ? { periodId, status: row.status, version: row.version } : { periodId, status: 'OPEN', version: 0 };
}

export async function listApprovals<DB extends ApprovalDatabase>(db: Kysely<DB>): Promise<PeriodApprovalView[]> {
  return Promise.all(PERIODS.map((period) => findApproval(db, period.id)));
}

/** Refuses a write into a period that an approved period covers (an approved year locks its quarters). */
export async function assertPeriodOpen<DB extends ApprovalDatabase>(db: Kysely<DB> | Transaction<DB>, periodId: string): Promise<void> {
  const period = PERIODS.find((candidate) => candidate.id === periodId)!;
  const approved = await approvals(db).selectFrom('period_approval').select('period_id').where('status', '=', 'APPROVED').execute();
  const lock = approved
    .map((row) => PERIODS.find((candidate) => candidate.id === row.period_id)!)
    .find((candidate) => candidate.start_date <= period.start_date && period.end_date <= candidate.end_date);
  if (lock) {
    throw new GraphQLError(
      `El periodo ${periodId} está aprobado (${lock.id}) y bloqueado para edición; la secretaría debe reabrirlo antes de corregirlo.`,
      { extensions: { code: 'PERIOD_LOCKED', field: 'input.period', lockedBy: lock.id } },
    );
  }
}

const TRANSITIONS = {
  submit: { from: 'OPEN', to: 'SUBMITTED', authorize: assertCanReport, verb: 'enviar' },
  approve: { from: 'SUBMITTED', to: 'APPROVED', authorize: assertSecretariat, verb: 'aprobar' },
  reopen: { from: 'APPROVED', to: 'OPEN', authorize: assertSecretariat, verb: 'reabrir' },
} as const;

/**
 * Moves a ministry's period along OPEN → SUBMITTED (its reporter) → APPROVED (the secretariat), and
 * back to OPEN only by an explicit reopening with a reason; every move is audited.
 */
export function transitionPeriod<DB extends ApprovalDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: MinistryCode,
  transition: keyof typeof TRANSITIONS,
  input: PeriodTransitionInput,
): Promise<PeriodApprovalView> {
  const { from, to, authorize, verb } = TRANSITIONS[transition];
  // Who asks is checked before what is asked, so a refusal never depends on the input.
  authorize(identity, owner);
  if (!PERIODS.some((period) => period.id === input.period)) {
    throw badUserInput('input.period', `"${input.period}" no es un periodo del plan.`);
  }
  const reason = input.reason?.trim() ?? '';
  if (transition === 'reopen' && (!reason || reason.length > 1000)) {
    throw badUserInput('input.reason', 'Reabrir un periodo aprobado exige un motivo (máximo 1000 caracteres), que queda en la auditoría.');
  }
  assertNoControlCharacters('input.reason', 'El motivo', input.reason ?? '', true);
  return versionedWrite(db, {
    identity,
    owner,
    authorize,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: input.expectedVersion,
    request: { transition, ...input },
    load: (trx) => findApproval(trx, input.period),
    notFound: () => badUserInput('input.period', `"${input.period}" no es un periodo del plan.`),
    async apply(trx, current) {
      if (current.status !== from) {
        throw new GraphQLError(`No se puede ${verb} el periodo ${input.period} de ${owner}: está en estado ${current.status}.`, {
          extensions: { code: 'INVALID_TRANSITION', field: 'input.period', status: current.status },
        });
      }
      await approvals(trx)
        .insertInto('period_approval')
        .values({ period_id: input.period, status: to, version: current.version + 1 })
        .onConflict((oc) => oc.column('period_id').doUpdateSet({ status: to, version: current.version + 1 }))
        .execute();
      const after = transition === 'reopen' ? `${to} (motivo: ${reason})` : to;
      // A period's approval belongs to no cut: its history is read whole.
      return [{ cut: null, entity: 'period', key: input.period, field: 'status', before: current.status, after }];
    },
    result: (trx) => findApproval(trx, input.period),
  });
}

export const periodApprovalFields = {
  history: <DB extends ApprovalDatabase>(approval: PeriodApprovalView, _: unknown, { db }: { db: Kysely<DB> }) =>
    listChanges(db, 'period', approval.periodId, null),
};
