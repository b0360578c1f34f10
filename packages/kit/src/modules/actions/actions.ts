import { narrowTo } from '../../platform/narrow.js';
import type { Generated, Insertable, Kysely, Selectable } from 'kysely';
import { groupLoader, oneLoader } from '../../platform/loaders.js';
import { reportedDate, type ReportedDateValue } from '../periods/reported-date.js';

export interface ActionTable {
  number: number;
  title: string;
  report_cut: string;
  narrative: string | null;
  version: Generated<number>;
}

export interface TaskTable {
  action_number: number;
  position: number;
  number: number | null;
  description: string;
  deadline_text: string | null;
  deadline_date: string | null;
  deadline_validity: string | null;
  status: Generated<string>;
  version: Generated<number>;
}

/** Every subgraph stores its own actions' wording, tasks and qualitative report in these tables. */
export interface ActionDatabase {
  action: ActionTable;
  task: TaskTable;
}

export type ActionRow = Selectable<ActionTable>;

/** Task rows numbered in the report's order (from `first`), for tasks that carry no deadline. */
export function numberedTasks(actionNumber: number, descriptions: readonly string[], first = 1): Insertable<TaskTable>[] {
  return descriptions.map((description, index) => ({
    action_number: actionNumber,
    position: first + index,
    number: first + index,
    description,
    deadline_text: null,
    deadline_date: null,
    deadline_validity: null,
  }));
}
export type TaskRow = Selectable<TaskTable>;

export interface TaskView {
  actionNumber: number;
  position: number;
  number: number | null;
  description: string;
  deadline: ReportedDateValue | null;
  status: string;
  version: number;
}

export interface QualitativeReportView {
  actionNumber: number;
  cut: string;
  narrative: string | null;
  version: number;
}

const actions = narrowTo<ActionDatabase>();

/** Resolves an entity reference: undefined when the action belongs to another ministry. */
export function findAction<DB extends ActionDatabase>(db: Kysely<DB>, number: number): Promise<ActionRow | undefined> {
  return actions(db).selectFrom('action').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function listTasks<DB extends ActionDatabase>(db: Kysely<DB>, actionNumber: number): Promise<TaskView[]> {
  const rows = await actions(db)
    .selectFrom('task')
    .selectAll()
    .where('action_number', '=', actionNumber)
    .orderBy('position')
    .execute();
  return rows.map(taskView);
}

export function qualitativeReport(action: ActionRow): QualitativeReportView {
  return { actionNumber: action.number, cut: action.report_cut, narrative: action.narrative, version: action.version };
}

function taskView(row: TaskRow): TaskView {
  return {
    actionNumber: row.action_number,
    position: row.position,
    number: row.number,
    description: row.description,
    deadline: reportedDate(row.deadline_text, row.deadline_date, row.deadline_validity),
    status: row.status,
    version: row.version,
  };
}

/** Per-request batched action lookups: a list of actions costs two statements, not two per action. */
export function createActionLoaders<DB extends ActionDatabase>(db: Kysely<DB>) {
  const tables = actions(db);
  return {
    action: oneLoader(
      (numbers: readonly number[]) => tables.selectFrom('action').selectAll().where('number', 'in', numbers).execute(),
      (row) => row.number,
    ),
    tasks: groupLoader(
      async (numbers: readonly number[]) =>
        (await tables.selectFrom('task').selectAll().where('action_number', 'in', numbers).orderBy('position').execute()).map(taskView),
      (task) => task.actionNumber,
    ),
  };
}

export type ActionLoaders = ReturnType<typeof createActionLoaders>;

/** The resolvers every ministry's action type shares: entity lookup, tasks and qualitative report. */
export const ownActionFields = {
  __resolveReference: async ({ number }: { number: number }, { actions: loaders }: { actions: ActionLoaders }) =>
    (await loaders.action.load(number)) ?? null,
  tasks: (action: ActionRow, _: unknown, { actions: loaders }: { actions: ActionLoaders }) => loaders.tasks.load(action.number),
  report: (action: ActionRow) => qualitativeReport(action),
};

/** The key of the narratives of one report cut, as the plan subgraph asks for them. */
export interface NarrativeIndexRef {
  cut: string;
}

/** A ministry's narratives of one cut, for the plan's rules across actions. */
export function listNarratives<DB extends ActionDatabase>(db: Kysely<DB>, cut: string): Promise<Array<{ actionNumber: number; narrative: string | null }>> {
  return actions(db)
    .selectFrom('action')
    .select(['number as actionNumber', 'narrative'])
    .where('report_cut', '=', cut)
    .orderBy('number')
    .execute();
}
