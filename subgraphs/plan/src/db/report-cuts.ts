import { badUserInput } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database, ReportCutRow } from './database.js';

/** The report's cuts, oldest first. */
export function listCuts(db: Kysely<Database>): Promise<ReportCutRow[]> {
  return db.selectFrom('report_cut').selectAll().orderBy('position').execute();
}

export function findCut(db: Kysely<Database>, id: string): Promise<ReportCutRow | undefined> {
  return db.selectFrom('report_cut').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The cut a reading is about: the one asked for, or else the latest approved one, so that every
 * answer stays the same while a newer cut is still being reported.
 */
export async function selectCut(db: Kysely<Database>, id: string | null | undefined): Promise<ReportCutRow> {
  if (id != null) {
    const cut = await findCut(db, id);
    if (cut) return cut;
    const known = (await listCuts(db)).map((row) => `"${row.id}"`).join(', ');
    throw badUserInput('cut', `No hay un corte "${id}" en el plan; los cortes son ${known}.`);
  }
  const latest = await db.selectFrom('report_cut').selectAll().where('state', '=', 'APPROVED').orderBy('position', 'desc').executeTakeFirst();
  if (!latest) throw new Error('El plan no tiene ningún corte aprobado.');
  return latest;
}

/**
 * The November 2025 report as the first cut, approved, from the plan's own row: its title, its cut as
 * printed and the overall progress it reports (48 %).
 */
export async function seedCuts(db: Kysely<Database>): Promise<void> {
  const plan = await db.selectFrom('plan').selectAll().executeTakeFirstOrThrow();
  await db
    .insertInto('report_cut')
    .values({ id: '2025-11', position: 1, label: plan.report_cut, report_title: plan.report_title, state: 'APPROVED', overall_progress_percent: plan.overall_progress_percent })
    .execute();
}
