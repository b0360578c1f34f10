import { nonexistentDeadlines, statedMismatch, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { loadProgramme, statedFigure } from './stated-figures.js';

type Itemised = (db: Kysely<Database>) => Promise<number>;

const count =
  (table: 'integrate_centre' | 'training' | 'community_space' | 'migration_roundtable' | 'technical_table'): Itemised =>
  async (db) =>
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

const sum =
  (table: 'integrate_centre' | 'community_space', column: 'people_attended' | 'participants'): Itemised =>
  async (db) =>
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>(column), eb.lit(0)).as('n'))
        .executeTakeFirstOrThrow()
    ).n;

/** Each total Igualdad states, and the itemised rows it must match. */
const CHECKS: Record<number, Array<{ code: string; what: string; itemised: Itemised }>> = {
  1: [
    { code: 'CENTRES', what: 'centros Intégrate', itemised: count('integrate_centre') },
    { code: 'PEOPLE_ATTENDED', what: 'personas atendidas', itemised: sum('integrate_centre', 'people_attended') },
  ],
  2: [{ code: 'TRAININGS', what: 'espacios de formación', itemised: count('training') }],
  3: [
    { code: 'COMMUNITY_SPACES', what: 'espacios de participación comunitaria', itemised: count('community_space') },
    { code: 'COMMUNITY_PARTICIPANTS', what: 'participantes', itemised: sum('community_space', 'participants') },
  ],
  4: [{ code: 'ROUNDTABLES', what: 'escenarios o mesas migratorias', itemised: count('migration_roundtable') }],
  5: [{ code: 'TECHNICAL_TABLES', what: 'mesas técnicas', itemised: count('technical_table') }],
};

export async function igualdadFindings(db: Kysely<Database>, actionNumber: number): Promise<FindingView[]> {
  const programme = await loadProgramme(db, actionNumber);
  const findings: FindingView[] = [];
  for (const check of CHECKS[actionNumber] ?? []) {
    const stated = statedFigure(programme, check.code);
    findings.push(
      ...statedMismatch(actionNumber, check.what, { value: stated.value, asWritten: stated.as_written }, await check.itemised(db)),
    );
  }
  return [...findings, ...(await nonexistentDeadlines(db, actionNumber))];
}
