import { GraphQLError } from 'graphql';
import type { Kysely, Transaction } from 'kysely';
import type { ActionDatabase, TaskView } from './actions.js';
import { claimIdempotencyKey, listChanges, recordChange, type AuditDatabase, type ChangeRow } from './audit.js';
import { badUserInput, notFound } from './errors.js';
import type { Identity, MinistryCode } from './identity.js';
import { assertCanReport } from './write-access.js';

export const TASK_STATUSES = ['NOT_REPORTED', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface SetTaskStatusInput {
  action: number;
  task: number;
  status: TaskStatus;
  expectedVersion: number;
  idempotencyKey: string;
}

const MAX_KEY_LENGTH = 100;

type WriteDatabase = ActionDatabase & AuditDatabase;

function writes<DB extends WriteDatabase>(trx: Transaction<DB>): Transaction<WriteDatabase> {
  // Kysely's type is invariant in the database shape; DB is known to hold these tables.
  return trx as unknown as Transaction<WriteDatabase>;
}

/**
 * Sets a task's status for the owning ministry. Retrying with the same idempotency key changes
 * nothing twice; a write based on a stale version is refused; every change lands in the audit log
 * in the same transaction.
 */
export async function setTaskStatus<DB extends WriteDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: MinistryCode,
  input: SetTaskStatusInput,
): Promise<TaskView> {
  assertCanReport(identity, owner);
  const key = input.idempotencyKey.trim();
  if (!key || key.length > MAX_KEY_LENGTH) {
    throw badUserInput('input.idempotencyKey', `La clave de idempotencia es obligatoria y tiene como máximo ${MAX_KEY_LENGTH} caracteres.`);
  }
  return db.transaction().execute(async (transaction) => {
    const trx = writes(transaction);
    const task = await trx
      .selectFrom('task')
      .selectAll()
      .where('action_number', '=', input.action)
      .where('position', '=', input.task)
      .executeTakeFirst();
    if (!task) {
      throw notFound('input.task', `La acción ${input.action} no tiene una tarea ${input.task} en los datos de ${owner}.`);
    }
    const claim = await claimIdempotencyKey(transaction, `${identity.subject}:${key}`, input);
    if (claim === 'conflict') {
      throw badUserInput('input.idempotencyKey', 'Esta clave de idempotencia ya se usó para otra operación; use una clave nueva.');
    }
    const view = (row: typeof task): TaskView => ({
      actionNumber: row.action_number,
      position: row.position,
      number: row.number,
      description: row.description,
      deadline: null,
      status: row.status as TaskStatus,
      version: row.version,
    });
    if (claim === 'replay') return view(task);
    if (task.version !== input.expectedVersion) {
      throw new GraphQLError(
        `La tarea cambió desde que se leyó (versión ${input.expectedVersion}, ahora ${task.version}); vuelva a leerla y reintente.`,
        { extensions: { code: 'STALE_VERSION', field: 'input.expectedVersion', currentVersion: task.version } },
      );
    }
    await trx
      .updateTable('task')
      .set({ status: input.status, version: task.version + 1 })
      .where('action_number', '=', input.action)
      .where('position', '=', input.task)
      .execute();
    await recordChange(transaction, { entity: 'task', key: `${input.action}/${input.task}`, field: 'status', before: task.status, after: input.status }, identity, key);
    return view({ ...task, status: input.status, version: task.version + 1 });
  });
}

/** Mutation namespaces (`salud { setTaskStatus }`) carry no data of their own. */
export type MutationNamespace = Record<string, never>;

/** Task fields beyond its columns: the audit history, read from the change log. */
export const taskFields = {
  history: <DB extends WriteDatabase>(task: TaskView, _: unknown, { db }: { db: Kysely<DB> }) =>
    listChanges(db, 'task', `${task.actionNumber}/${task.position}`),
};

export const changeFields = {
  changedAt: (change: ChangeRow) => change.changed_at,
};
