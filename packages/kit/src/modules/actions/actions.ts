import { narrowTo } from '../../platform/narrow.js';
import type { Generated, Insertable, Kysely, Selectable } from 'kysely';
import DataLoader from 'dataloader';
import { groupLoader, oneLoader } from '../../platform/loaders.js';
import { reportedDate, type ReportedDateValue } from '../periods/reported-date.js';
import { REPORT_CUT_ID, selectCut, type CutDatabase, type ReportCutRow } from '../cuts/cuts.js';
import type { TaskStatus } from './task-status.js';
import { namedPeriod } from '../periods/named-period.js';
import { PERIODS } from '../periods/periods.js';
import { badUserInput } from '../../graphql/errors.js';

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

export type ActionStatus = 'NOT_REPORTED' | 'NOT_STARTED' | 'IN_PROGRESS' | 'DELAYED' | 'COMPLETED';

/** What a ministry reports for an action in a cut after the report: narrative and status. */
export interface ActionReportTable {
  action_number: number;
  cut_id: string;
  narrative: string | null;
  status: ActionStatus;
  version: number;
}

/** A task's status in a cut after the report, with the progress the owner gives, if any. */
export interface TaskReportTable {
  action_number: number;
  position: number;
  cut_id: string;
  status: TaskStatus;
  progress_percent: number | null;
  version: number;
}

/**
 * Every subgraph stores its own actions' wording and tasks, and what the report says of them (cut
 * 2025-11), in `action` and `task`; what it reports in each cut since, in `action_report` and
 * `task_report`, which never overwrite one another.
 */
export interface ActionDatabase extends CutDatabase {
  action: ActionTable;
  task: TaskTable;
  action_report: ActionReportTable;
  task_report: TaskReportTable;
}

export type ActionRow = Selectable<ActionTable>;

/** An action as read in a cut: the one the plan asked for (`readCut`), or the latest approved one. */
export type ActionInCut = ActionRow & { readCut?: string };

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
  cut: string;
  status: string;
  progressPercent: number | null;
  version: number;
}

export interface QualitativeReportView {
  actionNumber: number;
  /** The cut as the report prints it ("Noviembre 2025"). */
  cut: string;
  cutId: string;
  narrative: string | null;
  status: ActionStatus;
  version: number;
}

const actions = narrowTo<ActionDatabase>();

/** Resolves an entity reference: undefined when the action belongs to another ministry. */
export function findAction<DB extends ActionDatabase>(db: Kysely<DB>, number: number): Promise<ActionRow | undefined> {
  return actions(db).selectFrom('action').selectAll().where('number', '=', number).executeTakeFirst();
}

/** A task in a cut: what the ministry reports in it, or else for cut 2025-11 the report's own row, or else not reported. */
function taskView(row: TaskRow, cut: string, reported: Selectable<TaskReportTable> | undefined): TaskView {
  const fromReport = cut === REPORT_CUT_ID;
  return {
    actionNumber: row.action_number,
    position: row.position,
    number: row.number,
    description: row.description,
    deadline: reportedDate(row.deadline_text, row.deadline_date, row.deadline_validity),
    cut,
    status: reported?.status ?? (fromReport ? row.status : 'NOT_REPORTED'),
    progressPercent: reported?.progress_percent ?? null,
    version: reported?.version ?? (fromReport ? row.version : 0),
  };
}

/** The tasks of actions in cuts, keyed `number|cut`, in two statements whatever the number of actions. */
async function tasksInCuts<DB extends ActionDatabase>(db: Kysely<DB>, keys: readonly string[]): Promise<TaskView[]> {
  const pairs = keys.map((key) => key.split('|') as [string, string]);
  const numbers = [...new Set(pairs.map(([number]) => Number(number)))];
  const cuts = [...new Set(pairs.map(([, cut]) => cut))];
  const tables = actions(db);
  const rows = await tables.selectFrom('task').selectAll().where('action_number', 'in', numbers).orderBy('position').execute();
  const reported = await tables
    .selectFrom('task_report')
    .selectAll()
    .where('action_number', 'in', numbers)
    .where('cut_id', 'in', cuts)
    .execute();
  const byKey = new Map(reported.map((row) => [`${row.action_number}|${row.position}|${row.cut_id}`, row]));
  return pairs.flatMap(([number, cut]) =>
    rows
      .filter((row) => row.action_number === Number(number))
      .map((row) => taskView(row, cut, byKey.get(`${row.action_number}|${row.position}|${cut}`))),
  );
}

export async function listTasks<DB extends ActionDatabase>(db: Kysely<DB>, actionNumber: number, cut: string): Promise<TaskView[]> {
  return tasksInCuts(db, [`${actionNumber}|${cut}`]);
}

/** An action's report in a cut: the ministry's for that cut, or else for cut 2025-11 the report's own narrative. */
export function qualitativeReport(
  action: ActionRow,
  cut: ReportCutRow | undefined,
  cutId: string,
  reported: Selectable<ActionReportTable> | undefined,
): QualitativeReportView {
  const fromReport = cutId === REPORT_CUT_ID;
  return {
    actionNumber: action.number,
    cut: cut?.label ?? cutId,
    cutId,
    narrative: reported ? reported.narrative : fromReport ? action.narrative : null,
    status: reported?.status ?? 'NOT_REPORTED',
    version: reported?.version ?? (fromReport ? action.version : 0),
  };
}

/** Reads one action's report in one cut (for writes, which work on one action). */
export async function findReport<DB extends ActionDatabase>(
  db: Kysely<DB>,
  action: ActionRow,
  cut: ReportCutRow,
): Promise<QualitativeReportView> {
  const reported = await actions(db)
    .selectFrom('action_report')
    .selectAll()
    .where('action_number', '=', action.number)
    .where('cut_id', '=', cut.id)
    .executeTakeFirst();
  return qualitativeReport(action, cut, cut.id, reported);
}

/** Per-request batched action lookups: a list of actions costs a fixed number of statements, not some per action. */
export function createActionLoaders<DB extends ActionDatabase>(db: Kysely<DB>) {
  const tables = actions(db);
  let latestApproved: Promise<ReportCutRow> | undefined;
  return {
    action: oneLoader(
      (numbers: readonly number[]) => tables.selectFrom('action').selectAll().where('number', 'in', numbers).execute(),
      (row) => row.number,
    ),
    /** The cut an action is read in: the plan's, or the latest approved one (read once per request). */
    cutOf: async (action: ActionInCut): Promise<string> => action.readCut ?? (await (latestApproved ??= selectCut(db, null))).id,
    cut: oneLoader(
      (ids: readonly string[]) => tables.selectFrom('report_cut').selectAll().where('id', 'in', ids).execute(),
      (row) => row.id,
    ),
    tasks: groupLoader(
      (keys: readonly string[]) => tasksInCuts(db, keys),
      (task) => `${task.actionNumber}|${task.cut}`,
    ),
    report: new DataLoader(async (keys: readonly string[]) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const rows = await tables
        .selectFrom('action_report')
        .selectAll()
        .where(
          'action_number',
          'in',
          pairs.map(([number]) => Number(number)),
        )
        .where(
          'cut_id',
          'in',
          pairs.map(([, cut]) => cut),
        )
        .execute();
      const byKey = new Map(rows.map((row) => [`${row.action_number}|${row.cut_id}`, row]));
      return keys.map((key) => byKey.get(key));
    }),
  };
}

export type ActionLoaders = ReturnType<typeof createActionLoaders>;

type Loaders = { actions: ActionLoaders };

/**
 * The days a task's deadline covers: its day, or the period its words name ("I Trim 2026" is
 * 2026Q1); null for a deadline that is neither ("31 de noviembre"), which is never compared.
 */
function deadlineSpan(task: TaskView): { start: string; end: string } | null {
  if (!task.deadline) return null;
  if (task.deadline.date) return { start: task.deadline.date, end: task.deadline.date };
  const named = namedPeriod(task.deadline.asWritten);
  const period = named === null ? undefined : PERIODS.find((candidate) => candidate.id === named);
  return period ? { start: period.start_date, end: period.end_date } : null;
}

/** The resolvers every ministry's action type shares: entity lookup, cut, tasks, status and qualitative report. */
export const ownActionFields = {
  __resolveReference: async (
    { number, readCut }: { number: number; readCut?: string },
    { actions: loaders }: Loaders,
  ): Promise<ActionInCut | null> => {
    const row = await loaders.action.load(number);
    return row ? { ...row, readCut } : null;
  },
  readCut: (action: ActionInCut, _: unknown, { actions: loaders }: Loaders) => loaders.cutOf(action),
  tasks: async (action: ActionInCut, { deadlinePeriod }: { deadlinePeriod?: string | null }, { actions: loaders }: Loaders) => {
    const tasks = await loaders.tasks.load(`${action.number}|${await loaders.cutOf(action)}`);
    if (deadlinePeriod == null) return tasks;
    const period = PERIODS.find((candidate) => candidate.id === deadlinePeriod);
    if (!period) {
      throw badUserInput('deadlinePeriod', `"${deadlinePeriod}" no es un periodo del plan; use un año o un trimestre ("2026", "2026Q1").`);
    }
    return tasks.filter((task) => {
      const span = deadlineSpan(task);
      return span !== null && period.start_date <= span.start && span.end <= period.end_date;
    });
  },
  tasksDue: async (action: ActionInCut, _: unknown, { actions: loaders }: Loaders) => {
    const cutId = await loaders.cutOf(action);
    const cut = await loaders.cut.load(cutId);
    if (!cut) return [];
    const tasks = await loaders.tasks.load(`${action.number}|${cutId}`);
    return tasks.filter((task) => {
      const span = deadlineSpan(task);
      return span !== null && span.end <= cut.closing_date && task.status !== 'COMPLETED';
    });
  },
  status: async (action: ActionInCut, _: unknown, context: Loaders) => (await ownActionFields.report(action, _, context)).status,
  report: async (action: ActionInCut, _: unknown, { actions: loaders }: Loaders) => {
    const cutId = await loaders.cutOf(action);
    const [cut, reported] = await Promise.all([loaders.cut.load(cutId), loaders.report.load(`${action.number}|${cutId}`)]);
    return qualitativeReport(action, cut, cutId, reported);
  },
};

/** The key of the narratives of one report cut, as the plan subgraph asks for them. */
export interface NarrativeIndexRef {
  cut: string;
}

/** A ministry's narratives of one cut (by id), for the plan's rules across actions. */
export async function listNarratives<DB extends ActionDatabase>(
  db: Kysely<DB>,
  cut: string,
): Promise<Array<{ actionNumber: number; narrative: string | null }>> {
  const tables = actions(db);
  const own = await tables.selectFrom('action').selectAll().orderBy('number').execute();
  const reported = await tables.selectFrom('action_report').selectAll().where('cut_id', '=', cut).execute();
  return own.map((action) => {
    const report = qualitativeReport(
      action,
      undefined,
      cut,
      reported.find((row) => row.action_number === action.number),
    );
    return { actionNumber: action.number, narrative: report.narrative };
  });
}
