import type { Kysely, Selectable } from 'kysely';
import type { Database, MinistryCode, PlanIndicatorTable } from './database.js';

export type IndexedIndicatorRow = Selectable<PlanIndicatorTable>;

/** The ministries whose subgraphs publish indicator sheets and facts (MinistryData) so far. */
export const MINISTRIES_WITH_DATA: readonly MinistryCode[] = ['SALUD'];

export interface IndicatorIndexFilter {
  ministry?: MinistryCode | null;
  action?: number | null;
}

export function listIndexedIndicators(db: Kysely<Database>, filter: IndicatorIndexFilter = {}): Promise<IndexedIndicatorRow[]> {
  let query = db.selectFrom('plan_indicator').selectAll();
  if (filter.ministry) query = query.where('ministry', '=', filter.ministry);
  if (filter.action) query = query.where('action_number', '=', filter.action);
  return query.orderBy('position').execute();
}

/** The index entries: codes and owners of every ministry's indicators, in catalogue order. */
export async function seedIndicatorIndex(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('plan_indicator')
    .values(
      [
        ['SALUD-12-ASIGNACION', 'SALUD', 12],
        ['SALUD-12-GIRO', 'SALUD', 12],
        ['SALUD-12-TRANSFERENCIAS', 'SALUD', 12],
      ].map(([code, ministry, action_number], index) => ({
        code: code as string,
        ministry: ministry as MinistryCode,
        action_number: action_number as number,
        position: index + 1,
      })),
    )
    .execute();
}
