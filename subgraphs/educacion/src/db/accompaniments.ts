import type { Kysely } from 'kysely';
import type { AccompanimentRow, Database } from './database.js';
import { factId, figureCut, figurePeriodInCut, figureValue, missingFigure, type FigureArgs } from '@cnim/kit';
import type { Loaders } from './loaders.js';

/** Accompaniments in the order the report names the secretariats. */
export function listAccompaniments(db: Kysely<Database>): Promise<AccompanimentRow[]> {
  return db.selectFrom('accompaniment').selectAll().orderBy('position').execute();
}

export async function listTopics(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('accompaniment_topic').select('text').orderBy('position').execute();
  return rows.map((row) => row.text);
}

/** The count the report itself states (its findings compare it with the secretariats it names). */
export async function findStatedSecretariatCount(db: Kysely<Database>, actionNumber: number): Promise<number | null> {
  const row = await db
    .selectFrom('stated_count')
    .select('value')
    .where('action_number', '=', actionNumber)
    .where('code', '=', 'SECRETARIATS_ACCOMPANIED')
    .executeTakeFirst();
  return row?.value ?? null;
}

/** Action 11's programme: its figures, topics and rows are read when asked for. */
export interface Circular038View {
  actionNumber: number;
}

/** The programme of an action that states a count of secretariats accompanied (action 11), or null for another action. */
export async function findCircular038(db: Kysely<Database>, actionNumber: number): Promise<Circular038View | null> {
  const row = await db
    .selectFrom('stated_count')
    .select('action_number')
    .where('action_number', '=', actionNumber)
    .where('code', '=', 'SECRETARIATS_ACCOMPANIED')
    .executeTakeFirst();
  return row ? { actionNumber: row.action_number } : null;
}

const SECRETARIATS = 'EDUCACION-11-SECRETARIAS';

/**
 * The period the report gives for the count: it does not say one, so it is the report's year, as the
 * `fact` view (migration 2026-11-24-02) and the accompaniments' period give it.
 */
const SECRETARIATS_REPORT_PERIOD = '2025';

/**
 * Certified secretariats accompanied (EDUCACION-11-SECRETARIAS, national) as the facts give them as of
 * a cut (latest approved by default), for a period (the report's year by default): the report's count,
 * or the one recorded since.
 */
export async function secretariatCount(loaders: Loaders, args: FigureArgs): Promise<number> {
  const cut = await figureCut(loaders, args.cut);
  const period = figurePeriodInCut(args.period, SECRETARIATS_REPORT_PERIOD, cut);
  return (await figureValue(loaders, cut, factId(SECRETARIATS, period, null))) ?? missingFigure(SECRETARIATS, period, cut.id);
}
