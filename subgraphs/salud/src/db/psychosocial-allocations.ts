import {
  PERIODS,
  currentFacts,
  figurePeriodInCut,
  missingFigure,
  nationalFigure,
  selectCut,
  type FigureArgs,
  type ReportCutRow,
} from '@cnim/kit';
import { sql, type Kysely } from 'kysely';
import type { Database, PsychosocialAllocationTable } from './database.js';

/** Salud's indicators behind the typed figures of action 12 (seed-indicators.ts). */
export const ALLOCATED = 'SALUD-12-ASIGNACION';
export const TRANSFERRED = 'SALUD-12-GIRO';
export const TRANSFER_COUNT = 'SALUD-12-TRANSFERENCIAS';

/** The period the report gives every figure of action 12: the year of Resolución 1409 de 2025. */
export const REPORT_PERIOD = '2025';

export type AllocationStatus = PsychosocialAllocationTable['status'] | 'NOT_TRANSFERRED';

/**
 * A municipality's figures of one period as of one cut, read from the facts (report values and values
 * recorded since); what the report says in words (who desisted, which resolution) from its own rows.
 */
export interface AllocationView {
  municipality_code: string;
  period_id: string;
  /** SALUD-12-ASIGNACION of the period, or of the year that holds it when the period has none of its own. */
  amount: number;
  /** The period of that allocation: the period asked for, or the year that holds it. */
  amount_period_id: string;
  /** SALUD-12-GIRO; null when nothing was transferred in the period. */
  transferred: number | null;
  status: AllocationStatus;
  /** True when the period is a year with no value of its own, and `amount` or `transferred` is the sum of its quarters. */
  derived_from_quarters: boolean;
  /** The act the report cites for this allocation; null for a value recorded after the report. */
  resolution_id: string | null;
  /** The report's order; null for a municipality the report does not list in that period. */
  position: number | null;
}

/** Which municipalities to read: some, those of some departments, or all. */
type Scope = { municipalities: readonly string[] } | { departments: readonly string[] } | null;

const departmentOf = sql<string>`substr(territory_code, 1, 2)`;

/**
 * The year that holds a period (2025 for 2025Q4), where the period is part of one: allocations are
 * made for a year and transfers against them come quarter by quarter.
 */
function yearHolding(period: string): string | null {
  const row = PERIODS.find((candidate) => candidate.id === period)!;
  const year = row.start_date.slice(0, 4);
  return year !== period && row.end_date.slice(0, 4) === year ? year : null;
}

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

/** Three statements whatever the scope: the cut, the facts, and the report's words for them. */
async function readAllocations(
  db: Kysely<Database>,
  args: FigureArgs,
  scope: Scope,
): Promise<{ cut: ReportCutRow; period: string; rows: AllocationView[] }> {
  const cut = await selectCut(db, args.cut, 'cut');
  const period = figurePeriodInCut(args.period, REPORT_PERIOD, cut);
  const year = yearHolding(period);
  const periods = year ? [period, year] : [period];
  // A year with no value of its own is built from its quarters (both indicators are flows), and says so.
  const quarters = /^\d{4}$/.test(period) ? QUARTERS.map((quarter) => `${period}${quarter}`) : [];
  let facts = currentFacts(db, cut.id)
    .select(['territory_code', 'indicator_code', 'period_id', 'value'])
    .where('indicator_code', 'in', [TRANSFERRED, ALLOCATED])
    .where('period_id', 'in', [...periods, ...quarters])
    .where((eb) => eb.or([eb('indicator_code', '=', ALLOCATED), eb('period_id', '<>', year ?? '')]))
    .where('site', '=', 'TOTAL')
    .where('sex', '=', 'TOTAL')
    .where('nationality', '=', 'TOTAL');
  let report = db
    .selectFrom('psychosocial_allocation')
    .select(['municipality_code', 'period_id', 'status', 'resolution_id', 'position'])
    .where('period_id', 'in', periods);
  if (scope && 'municipalities' in scope) {
    facts = facts.where('territory_code', 'in', scope.municipalities);
    report = report.where('municipality_code', 'in', scope.municipalities);
  }
  if (scope && 'departments' in scope) {
    facts = facts.where(departmentOf, 'in', scope.departments);
    report = report.where(sql<string>`substr(municipality_code, 1, 2)`, 'in', scope.departments);
  }
  const [values, words] = await Promise.all([facts.execute(), report.execute()]);
  // The period's own words and allocation first; the year's where the period has none.
  const own = (row: { period_id: string }) => (row.period_id === period ? 0 : 1);
  const said = new Map([...words].sort((a, b) => own(b) - own(a)).map((row) => [row.municipality_code, row]));
  const byMunicipality = new Map<string, { amount: number | null; amountPeriod: string; transferred: number | null; derived: boolean }>();
  for (const fact of [...values].sort((a, b) => own(b) - own(a))) {
    if (quarters.includes(fact.period_id)) continue;
    const code = fact.territory_code!;
    const entry = byMunicipality.get(code) ?? { amount: null, amountPeriod: period, transferred: null, derived: false };
    if (fact.indicator_code === TRANSFERRED) entry.transferred = fact.value;
    else if (entry.amount === null) Object.assign(entry, { amount: fact.value, amountPeriod: fact.period_id });
    byMunicipality.set(code, entry);
  }
  const statedInPeriod = new Set(
    values.filter((fact) => fact.period_id === period).map((fact) => `${fact.indicator_code}|${fact.territory_code}`),
  );
  for (const fact of values.filter((candidate) => quarters.includes(candidate.period_id))) {
    if (statedInPeriod.has(`${fact.indicator_code}|${fact.territory_code}`)) continue;
    const code = fact.territory_code!;
    const entry = byMunicipality.get(code) ?? { amount: null, amountPeriod: period, transferred: null, derived: false };
    const field = fact.indicator_code === TRANSFERRED ? 'transferred' : 'amount';
    entry[field] = (entry[field] ?? 0) + fact.value;
    entry.derived = true;
    byMunicipality.set(code, entry);
  }
  // A transfer is never recorded without an allocation in its year (the value rules), so every
  // entry has one; a year's allocation alone, without a transfer in a quarter, is no entry of that quarter.
  const entries = [...byMunicipality].flatMap(([code, { amount, amountPeriod, transferred, derived }]) =>
    amount !== null && (amountPeriod === period || transferred !== null) ? [{ code, amount, amountPeriod, transferred, derived }] : [],
  );
  const rows = entries.map(({ code, amount, amountPeriod, transferred, derived }): AllocationView => {
    const words = said.get(code);
    const status: AllocationStatus =
      transferred !== null && transferred > 0 ? 'TRANSFERRED' : words?.status === 'DESISTED' ? 'DESISTED' : 'NOT_TRANSFERRED';
    return {
      municipality_code: code,
      period_id: period,
      amount,
      amount_period_id: amountPeriod,
      transferred,
      status,
      derived_from_quarters: derived,
      resolution_id: words?.resolution_id ?? null,
      position: words?.position ?? null,
    };
  });
  // The report's order first; municipalities it does not list in the period follow by DIVIPOLA code.
  rows.sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || a.municipality_code.localeCompare(b.municipality_code));
  return { cut, period, rows };
}

/** Every municipality's allocations of a period as of a cut: what the totals and the root list read. */
export type AllAllocations = Awaited<ReturnType<typeof readAllocations>>;

export function readAllAllocations(db: Kysely<Database>, args: FigureArgs): Promise<AllAllocations> {
  return readAllocations(db, args, null);
}

/** Every municipality's allocation of a period as of a cut, optionally of one status. */
export function listAllocations({ rows }: AllAllocations, status?: AllocationStatus | null): AllocationView[] {
  return status ? rows.filter((row) => row.status === status) : rows;
}

/** The allocations of some municipalities (one batch of a request). */
export async function allocationsOfMunicipalities(
  db: Kysely<Database>,
  args: FigureArgs,
  codes: readonly string[],
): Promise<AllocationView[]> {
  return (await readAllocations(db, args, { municipalities: codes })).rows;
}

/** The allocations to the municipalities of some departments (one batch of a request). */
export async function allocationsOfDepartments(
  db: Kysely<Database>,
  args: FigureArgs,
  codes: readonly string[],
): Promise<AllocationView[]> {
  return (await readAllocations(db, args, { departments: codes })).rows;
}

/** Derived: the sum of the municipalities' allocations in the period. */
export function allocatedTotal({ cut, period, rows }: AllAllocations): number {
  const amounts = rows.filter((row) => row.amount_period_id === period).map((row) => row.amount);
  if (!amounts.length) missingFigure(ALLOCATED, period, cut.id);
  return amounts.reduce((sum, amount) => sum + amount, 0);
}

/** Derived: the sum of what was transferred in the period (desisted municipalities have no transfer). */
export function transferredTotal({ cut, period, rows }: AllAllocations): number {
  const amounts = rows.flatMap((row) => (row.transferred === null ? [] : [row.transferred]));
  if (!amounts.length) missingFigure(TRANSFERRED, period, cut.id);
  return amounts.reduce((sum, amount) => sum + amount, 0);
}

/** Derived: how many of the period's allocations the report says were desisted. */
export function desistedCount({ cut, period, rows }: AllAllocations): number {
  if (!rows.length) missingFigure(ALLOCATED, period, cut.id);
  return rows.filter((row) => row.status === 'DESISTED').length;
}

/** SALUD-12-TRANSFERENCIAS: the number of transfers stated for the period, as of the cut. */
export function statedTransferCount(db: Kysely<Database>, args: FigureArgs): Promise<number> {
  return nationalFigure(db, TRANSFER_COUNT, args, REPORT_PERIOD);
}
