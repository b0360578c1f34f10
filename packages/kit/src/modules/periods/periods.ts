import { narrowTo } from '../../platform/narrow.js';
import type { Kysely, Selectable } from 'kysely';

export interface PeriodTable {
  id: string;
  label: string;
  start_date: string;
  end_date: string;
}

export interface PeriodDatabase {
  period: PeriodTable;
}

export type PeriodRow = Selectable<PeriodTable>;

/**
 * The plan's reporting periods: those the November 2025 report uses, and the quarters and year left
 * in the plan (its last task is due 31 December 2026), for new reports. Nothing outside them is accepted. Quarter ids follow DHIS2 (`2025Q3`); a range
 * the report states itself keeps its own bounds as its id (`2025-01-01..2025-09-30`).
 */
export const PERIODS: readonly PeriodRow[] = [
  { id: '2025', label: 'Año 2025', start_date: '2025-01-01', end_date: '2025-12-31' },
  { id: '2025Q1', label: 'Primer trimestre de 2025', start_date: '2025-01-01', end_date: '2025-03-31' },
  { id: '2025Q2', label: 'Segundo trimestre de 2025', start_date: '2025-04-01', end_date: '2025-06-30' },
  { id: '2025Q3', label: 'Tercer trimestre de 2025', start_date: '2025-07-01', end_date: '2025-09-30' },
  { id: '2025Q4', label: 'Cuarto trimestre de 2025', start_date: '2025-10-01', end_date: '2025-12-31' },
  { id: '2026', label: 'Año 2026', start_date: '2026-01-01', end_date: '2026-12-31' },
  { id: '2026Q1', label: 'Primer trimestre de 2026', start_date: '2026-01-01', end_date: '2026-03-31' },
  { id: '2026Q2', label: 'Segundo trimestre de 2026', start_date: '2026-04-01', end_date: '2026-06-30' },
  { id: '2026Q3', label: 'Tercer trimestre de 2026', start_date: '2026-07-01', end_date: '2026-09-30' },
  { id: '2026Q4', label: 'Cuarto trimestre de 2026', start_date: '2026-10-01', end_date: '2026-12-31' },
  {
    id: '2025-01-01..2025-09-30',
    label: 'Del 1 de enero al 30 de septiembre de 2025',
    start_date: '2025-01-01',
    end_date: '2025-09-30',
  },
  {
    id: '2025-01-01..2025-10-30',
    label: 'Del 1 de enero al 30 de octubre de 2025',
    start_date: '2025-01-01',
    end_date: '2025-10-30',
  },
];

const periods = narrowTo<PeriodDatabase>();

export async function seedPeriods<DB extends PeriodDatabase>(db: Kysely<DB>): Promise<void> {
  await periods(db)
    .insertInto('period')
    .values([...PERIODS])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Periods are a fixed calendar catalogue, so resolvers read it from memory; the table backs foreign keys. */
export function periodById(id: string): PeriodRow {
  const period = PERIODS.find((candidate) => candidate.id === id);
  if (!period) throw new Error(`Periodo desconocido: ${id}`);
  return period;
}
