import { currentFacts, figurePeriodInCut, missingFigure, periodById, selectCut, type ReportCutRow, type FigureArgs } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Trabajo's indicators behind the RNFL figures of action 7 (seed-indicators.ts). */
export const BORDER_PARTICIPANTS = 'TRABAJO-7-RNFL-PARTICIPANTES';
export const MIGRANT_PARTICIPANTS = 'TRABAJO-7-RNFL-MIGRANTES';

/** The report gives no period for the border-department totals, so they are the report's year; its quarters are of 2025. */
export const REPORT_PERIOD = '2025';

/** A department's RNFL participants in a period as of a cut (the facts), with the report's words for them. */
export interface RnflDepartmentView {
  department_code: string;
  participants: number;
  period_id: string;
  /** As the report writes the period; null when it does not (and for a value recorded after it). */
  period_as_written: string | null;
  /** The report's order; null for a department the report does not give in that period. */
  position: number | null;
}

/** Migrant participants in one quarter as of a cut (the facts), with the report's words for the quarter. */
export interface RnflQuarterView {
  period_id: string;
  migrant_participants: number;
  period_as_written: string | null;
}

/** Three statements whatever the departments asked for: the cut, the facts, and the report's words for them. */
async function readDepartments(
  db: Kysely<Database>,
  args: FigureArgs,
  departments: readonly string[] | null,
): Promise<{ cut: ReportCutRow; period: string; rows: RnflDepartmentView[] }> {
  const cut = await selectCut(db, args.cut, 'cut');
  const period = figurePeriodInCut(args.period, REPORT_PERIOD, cut);
  let facts = currentFacts(db, cut.id)
    .select(['territory_code', 'value'])
    .where('indicator_code', '=', BORDER_PARTICIPANTS)
    .where('period_id', '=', period)
    .where('site', '=', 'TOTAL')
    .where('sex', '=', 'TOTAL')
    .where('nationality', '=', 'TOTAL');
  let report = db
    .selectFrom('rnfl_department')
    .select(['department_code', 'position', 'period_as_written'])
    .where('period_id', '=', period);
  if (departments) {
    facts = facts.where('territory_code', 'in', departments);
    report = report.where('department_code', 'in', departments);
  }
  const [values, words] = await Promise.all([facts.execute(), report.execute()]);
  const said = new Map(words.map((row) => [row.department_code, row]));
  const rows = values.map(({ territory_code, value }): RnflDepartmentView => {
    const code = territory_code!;
    return {
      department_code: code,
      participants: value,
      period_id: period,
      period_as_written: said.get(code)?.period_as_written ?? null,
      position: said.get(code)?.position ?? null,
    };
  });
  // The report's order first; departments it does not give in the period follow by DIVIPOLA code.
  rows.sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || a.department_code.localeCompare(b.department_code));
  return { cut, period, rows };
}

/** Every department's RNFL participants in a period as of a cut. */
export async function listRnflDepartments(db: Kysely<Database>, args: FigureArgs): Promise<RnflDepartmentView[]> {
  return (await readDepartments(db, args, null)).rows;
}

/** Some departments' RNFL participants (one batch of a request). */
export async function rnflOfDepartments(db: Kysely<Database>, args: FigureArgs, codes: readonly string[]): Promise<RnflDepartmentView[]> {
  return (await readDepartments(db, args, codes)).rows;
}

/** Derived: the sum of the departments' participants in the period. */
export async function sumRnflDepartments(db: Kysely<Database>, args: FigureArgs): Promise<number> {
  const { cut, period, rows } = await readDepartments(db, args, null);
  if (!rows.length) missingFigure(BORDER_PARTICIPANTS, period, cut.id);
  return rows.reduce((sum, row) => sum + row.participants, 0);
}

/** The quarters within a period (a year, a quarter or a range of the plan) with migrant participants, in order. */
export async function listRnflQuarters(db: Kysely<Database>, args: FigureArgs): Promise<RnflQuarterView[]> {
  const cut = await selectCut(db, args.cut, 'cut');
  const period = periodById(figurePeriodInCut(args.period, REPORT_PERIOD, cut));
  const [values, words] = await Promise.all([
    currentFacts(db, cut.id)
      .select(['period_id', 'value'])
      .where('indicator_code', '=', MIGRANT_PARTICIPANTS)
      .where('period_id', 'like', '____Q_')
      .where('period_start', '>=', period.start_date)
      .where('period_end', '<=', period.end_date)
      .where('territory_code', 'is', null)
      .where('site', '=', 'TOTAL')
      .where('sex', '=', 'TOTAL')
      .where('nationality', '=', 'TOTAL')
      .orderBy('period_id')
      .execute(),
    db.selectFrom('rnfl_quarter').select(['period_id', 'period_as_written']).execute(),
  ]);
  const said = new Map(words.map((row) => [row.period_id, row.period_as_written]));
  return values.map(({ period_id, value }) => ({ period_id, migrant_participants: value, period_as_written: said.get(period_id) ?? null }));
}
