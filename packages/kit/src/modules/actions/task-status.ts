import { narrowTo } from '../../platform/narrow.js';
import type { Kysely, Transaction } from 'kysely';
import { listTasks, type ActionDatabase, type TaskView } from './actions.js';
import { cutForWrite } from '../cuts/cuts.js';
import { badUserInput } from '../../graphql/errors.js';
import { listChanges, type AuditDatabase, type Change } from '../reporting/audit.js';
import { notFound } from '../../graphql/errors.js';
import type { Identity, MinistryCode } from '../reporting/identity.js';
import { versionedWrite } from '../reporting/versioned-write.js';
import { assertCanReport } from '../reporting/write-access.js';

export const TASK_STATUSES = ['NOT_REPORTED', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface SetTaskStatusInput {
  action: number;
  task: number;
  status: TaskStatus;
  progressPercent?: number | null;
  cut?: string | null;
  expectedVersion: number;
  idempotencyKey: string;
}

type WriteDatabase = ActionDatabase & AuditDatabase;

const writes = narrowTo<WriteDatabase>();

/**
 * Sets the status (and the progress the owner reports, if any) of one of the owning ministry's tasks in
 * an open cut; an earlier cut keeps its own (see versionedWrite for the guarantees).
 */
export async function setTaskStatus<DB extends WriteDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: MinistryCode,
  input: SetTaskStatusInput,
): Promise<TaskView> {
  // Who asks is checked before what is asked, so a refusal never depends on the input.
  assertCanReport(identity, owner);
  const progress = input.progressPercent ?? null;
  if (progress !== null && !(Number.isFinite(progress) && progress >= 0 && progress <= 100)) {
    throw badUserInput('input.progressPercent', `El avance de la tarea es un porcentaje entre 0 y 100; se recibió ${progress}.`);
  }
  let cutId: string | undefined;
  const inCut = async (trx: Transaction<DB>) => (await listTasks(trx, input.action, cutId!)).find((task) => task.position === input.task);
  return versionedWrite(db, {
    identity,
    owner,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: input.expectedVersion,
    request: input,
    async load(trx) {
      cutId = (await cutForWrite(trx, input.cut)).id;
      return inCut(trx);
    },
    notFound: () => notFound('input.task', `La acción ${input.action} no tiene una tarea ${input.task} en los datos de ${owner}.`),
    async apply(trx, task) {
      const row = { status: input.status, progress_percent: progress, version: task.version + 1 };
      await writes(trx)
        .insertInto('task_report')
        .values({ action_number: input.action, position: input.task, cut_id: cutId!, ...row })
        .onConflict((oc) => oc.columns(['action_number', 'position', 'cut_id']).doUpdateSet(row))
        .execute();
      const audited = { cut: cutId!, entity: 'task', key: `${input.action}/${input.task}` };
      // Status and progress are audited each on its own; a write that changes neither still leaves its record.
      const changes: Change[] = [];
      if (task.status !== input.status || task.progressPercent === progress) {
        changes.push({ ...audited, field: 'status', before: task.status, after: input.status });
      }
      if (task.progressPercent !== progress) {
        changes.push({ ...audited, field: 'progressPercent', before: percent(task.progressPercent), after: percent(progress) });
      }
      return changes;
    },
    result: async (trx) => (await inCut(trx))!,
  });
}

const percent = (value: number | null) => (value === null ? null : String(value));

/** Mutation namespaces (`salud { setTaskStatus }`) carry no data of their own. */
export type MutationNamespace = Record<string, never>;

/** Task fields beyond its columns: the audit history, read from the change log. */
export const taskFields = {
  history: <DB extends WriteDatabase>(task: TaskView, _: unknown, { db }: { db: Kysely<DB> }) =>
    listChanges(db, 'task', `${task.actionNumber}/${task.position}`, task.cut),
};
