import { narrowTo } from '../../platform/narrow.js';
import type { Kysely, Selectable } from 'kysely';

/** An indicator's technical sheet (ficha técnica), owned by the ministry that reports it. */
export interface IndicatorTable {
  code: string;
  position: number;
  action_number: number;
  name: string;
  description: string;
  unit: 'PEOPLE' | 'COP' | 'COUNT';
  accumulation: 'STOCK' | 'FLOW' | 'CUMULATIVE';
  territory_level: 'NATIONAL' | 'DEPARTMENT' | 'MUNICIPALITY';
  /** Only where the report gives one; never invented. */
  baseline: number | null;
  /** Another indicator whose value, for the same territory and year, this one never exceeds (transferred within allocated). */
  bounded_by: string | null;
  target: number | null;
}

export interface IndicatorDatabase {
  indicator: IndicatorTable;
}

export type IndicatorRow = Selectable<IndicatorTable>;

const indicators = narrowTo<IndicatorDatabase>();

export function listIndicators<DB extends IndicatorDatabase>(db: Kysely<DB>, actionNumber?: number | null): Promise<IndicatorRow[]> {
  let query = indicators(db).selectFrom('indicator').selectAll();
  if (actionNumber) query = query.where('action_number', '=', actionNumber);
  return query.orderBy('position').execute();
}

export async function indicatorCodes<DB extends IndicatorDatabase>(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await indicators(db).selectFrom('indicator').select('code').execute();
  return new Set(rows.map((row) => row.code));
}

/** An entity reference to one ministry's BI data; the key is the ministry's code. */
export interface MinistryDataRef {
  ministry: string;
}

export function findIndicator<DB extends IndicatorDatabase>(db: Kysely<DB>, code: string): Promise<IndicatorRow | undefined> {
  return indicators(db).selectFrom('indicator').selectAll().where('code', '=', code).executeTakeFirst();
}
