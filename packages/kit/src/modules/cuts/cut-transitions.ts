import { narrowTo } from '../../platform/narrow.js';
import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { listChanges, type AuditDatabase } from '../reporting/audit.js';
import { badUserInput } from '../../graphql/errors.js';
import { isExistingIsoDate } from '../periods/calendar.js';
import { assertNoControlCharacters } from '../reporting/free-text.js';
import type { Identity } from '../reporting/identity.js';
import { versionedWrite } from '../reporting/versioned-write.js';
import { assertCanReport, assertSecretariat, type DataOwner } from '../reporting/write-access.js';
import { keepApprovedVersion, releaseApprovedVersion } from './approved-version.js';
import { CUT_ID, findCut, type CutDatabase, type ReportCutRow } from './cuts.js';

type TransitionDatabase = CutDatabase & AuditDatabase;

export interface OpenCutInput {
  cut: string;
  label: string;
  closingDate: string;
  idempotencyKey: string;
}

export interface CutTransitionInput {
  cut: string;
  reason?: string | null;
  expectedVersion: number;
  idempotencyKey: string;
}

const MAX_LABEL_LENGTH = 100;
const MAX_REASON_LENGTH = 1000;

const cuts = narrowTo<TransitionDatabase>();

/** A cut nobody opened yet in this subgraph reads as version 0, so opening it expects 0. */
const NOT_OPENED = { version: 0 } as const;

/**
 * The secretariat opens the next cut: a month after every cut already there, with its label as the
 * report will print it and its closing day, which falls in that month. Audited like every write.
 */
export function openCut<DB extends TransitionDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: DataOwner,
  input: OpenCutInput,
  /** Columns a subgraph keeps beside the shared ones (the plan: the report's title). */
  ownColumns: Readonly<Record<string, string | number | null>> = {},
): Promise<ReportCutRow> {
  assertSecretariat(identity, owner);
  if (!CUT_ID.test(input.cut)) {
    throw badUserInput('input.cut', `El corte se identifica por su año y mes, AAAA-MM (por ejemplo "2026-02"); se recibió "${input.cut}".`);
  }
  const label = input.label.trim();
  if (!label || label.length > MAX_LABEL_LENGTH) {
    throw badUserInput(
      'input.label',
      `El nombre del corte, como lo imprime el informe (por ejemplo "Febrero 2026"), es obligatorio y tiene como máximo ${MAX_LABEL_LENGTH} caracteres.`,
    );
  }
  assertNoControlCharacters('input.label', 'El nombre del corte', input.label, false);
  if (!isExistingIsoDate(input.closingDate) || input.closingDate.slice(0, 7) !== input.cut) {
    throw badUserInput(
      'input.closingDate',
      `La fecha de cierre es un día existente AAAA-MM-DD del mes del corte ${input.cut}; se recibió "${input.closingDate}".`,
    );
  }
  return versionedWrite(db, {
    identity,
    owner,
    authorize: assertSecretariat,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: 0,
    request: { transition: 'open', ...input },
    load: async (trx) => (await findCut(trx, input.cut)) ?? NOT_OPENED,
    notFound: () => badUserInput('input.cut', `No se pudo abrir el corte ${input.cut}.`),
    async apply(trx) {
      const latest = await cuts(trx).selectFrom('report_cut').select('id').orderBy('id', 'desc').executeTakeFirst();
      if (latest && latest.id >= input.cut) {
        throw badUserInput('input.cut', `El corte nuevo debe ser posterior al último (${latest.id}); se recibió "${input.cut}".`);
      }
      await cuts(trx)
        .insertInto('report_cut')
        .values({
          ...ownColumns,
          id: input.cut,
          label,
          closing_date: input.closingDate,
          closing_date_derived: 0,
          status: 'OPEN',
          version: 1,
        })
        .execute();
      return [
        {
          cut: input.cut,
          entity: 'cut',
          key: input.cut,
          field: 'status',
          before: null,
          after: `OPEN (${label}, cierre ${input.closingDate})`,
        },
      ];
    },
    result: async (trx) => (await findCut(trx, input.cut))!,
  });
}

/** A ministry's reporter submits its cut; the plan's cut, which only the secretariat writes, the secretariat. */
function assertCanSubmit(identity: Identity, owner: DataOwner): void {
  if (owner === 'PLAN') assertSecretariat(identity, owner);
  else assertCanReport(identity, owner);
}

const TRANSITIONS = {
  submit: { from: 'OPEN', to: 'SUBMITTED', authorize: assertCanSubmit, verb: 'enviar' },
  approve: { from: 'SUBMITTED', to: 'APPROVED', authorize: assertSecretariat, verb: 'aprobar' },
  reopen: { from: 'APPROVED', to: 'OPEN', authorize: assertSecretariat, verb: 'reabrir' },
} as const;

export type CutTransition = keyof typeof TRANSITIONS;

/**
 * Moves a cut along OPEN → SUBMITTED (the owner's reporter) → APPROVED (the secretariat), and back to
 * OPEN only by an explicit reopening with a reason. Every write of narratives, task statuses and values
 * names its cut and is refused unless that cut is OPEN, so approval locks all of them at once.
 */
export function transitionCut<DB extends TransitionDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: DataOwner,
  transition: CutTransition,
  input: CutTransitionInput,
): Promise<ReportCutRow> {
  const { from, to, authorize, verb } = TRANSITIONS[transition];
  // Who asks is checked before what is asked, so a refusal never depends on the input.
  authorize(identity, owner);
  const reason = input.reason?.trim() ?? '';
  if (transition === 'reopen' && (!reason || reason.length > MAX_REASON_LENGTH)) {
    throw badUserInput(
      'input.reason',
      `Reabrir un corte aprobado exige un motivo (máximo ${MAX_REASON_LENGTH} caracteres), que queda en la auditoría.`,
    );
  }
  assertNoControlCharacters('input.reason', 'El motivo', input.reason ?? '', true);
  return versionedWrite(db, {
    identity,
    owner,
    authorize,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: input.expectedVersion,
    request: { transition, ...input },
    load: (trx) => findCut(trx, input.cut),
    notFound: () =>
      badUserInput('input.cut', `No hay un corte "${input.cut}" abierto en este subgrafo; la secretaría lo abre con openCut.`),
    async apply(trx, current) {
      if (current.status !== from) {
        throw new GraphQLError(`No se puede ${verb} el corte ${input.cut}: está en estado ${current.status}.`, {
          extensions: { code: 'INVALID_TRANSITION', field: 'input.cut', status: current.status },
        });
      }
      await cuts(trx)
        .updateTable('report_cut')
        .set({ status: to, version: current.version + 1 })
        .where('id', '=', input.cut)
        .execute();
      // A ministry's reopened cut keeps its approved version for its readers until it is approved again.
      if (transition === 'reopen' && owner !== 'PLAN') await keepApprovedVersion(trx, input.cut);
      if (transition === 'approve') await releaseApprovedVersion(trx, input.cut);
      const after = transition === 'reopen' ? `${to} (motivo: ${reason})` : to;
      return [{ cut: input.cut, entity: 'cut', key: input.cut, field: 'status', before: current.status, after }];
    },
    result: async (trx) => (await findCut(trx, input.cut))!,
  });
}

/** A cut's history of openings, submissions, approvals and reopenings, with their reasons. */
export function cutHistory<DB extends TransitionDatabase>(db: Kysely<DB>, cut: { id: string }) {
  return listChanges(db, 'cut', cut.id, cut.id);
}
