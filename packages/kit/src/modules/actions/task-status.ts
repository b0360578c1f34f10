import { narrowTo } from '../../platform/narrow.js';
import type { Kysely, Transaction } from 'kysely';
import { listTasks, type ActionDatabase, type TaskView } from './actions.js';
import { listChanges, type AuditDatabase } from '../reporting/audit.js';
import { notFound } from '../../graphql/errors.js';
import type { Identity, MinistryCode } from '../reporting/identity.js';
import { versionedWrite } from '../reporting/versioned-write.js';

export const TASK_STATUSES = ['NOT_REPORTED', 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface SetTaskStatusInput {
  action: number;
  task: number;
  status: TaskStatus;
  expectedVersion: number;
  idempotencyKey: string;
}

type WriteDatabase = ActionDatabase & AuditDatabase;

const writes = narrowTo<WriteDatabase>();

/** Sets the status of one of the owning ministry's tasks (see versionedWrite for the guarantees). */
export function setTaskStatus<DB extends WriteDatabase>(
  db: Kysely<DB>,
  identity: Identity,
  owner: MinistryCode,
  input: SetTaskStatusInput,
): Promise<TaskView> {
  const taskOf = (trx: Transaction<DB>) =>
    writes(trx).selectFrom('task').selectAll().where('action_number', '=', input.action).where('position', '=', input.task);
  return versionedWrite(db, {
    identity,
    owner,
    idempotencyKey: input.idempotencyKey,
    expectedVersion: input.expectedVersion,
    request: input,
    load: (trx) => taskOf(trx).executeTakeFirst(),
    notFound: () => notFound('input.task', `La acción ${input.action} no tiene una tarea ${input.task} en los datos de ${owner}.`),
    async apply(trx, task) {
      await writes(trx)
        .updateTable('task')
        .set({ status: input.status, version: task.version + 1 })
        .where('action_number', '=', input.action)
        .where('position', '=', input.task)
        .execute();
      return [{ entity: 'task', key: `${input.action}/${input.task}`, field: 'status', before: task.status, after: input.status }];
    },
    result: async (trx) => (await listTasks(trx, input.action)).find((task) => task.position === input.task)!,
  });
}

/** Mutation namespaces (`salud { setTaskStatus }`) carry no data of their own. */
export type MutationNamespace = Record<string, never>;

/** Task fields beyond its columns: the audit history, read from the change log. */
export const taskFields = {
  history: <DB extends WriteDatabase>(task: TaskView, _: unknown, { db }: { db: Kysely<DB> }) =>
    listChanges(db, 'task', `${task.actionNumber}/${task.position}`),
};
