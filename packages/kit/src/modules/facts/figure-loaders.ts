import type { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import { oneLoader } from '../../platform/loaders.js';
import { selectCut, type CutDatabase, type ReportCutRow } from '../cuts/cuts.js';
import { currentFacts, type FactDatabase } from './facts.js';
import { figurePeriodInCut, missingFigure } from './figures.js';

/**
 * One store of values: a ministry's typed figures read the facts as of a report cut (the report's own
 * values belong to cut 2025-11; a value recorded in a later cut overrides from that cut on), the same
 * values its facts serve. These per-request loaders read them in one statement per cut, whatever the
 * number of figures a query asks for.
 */

/** The optional arguments of every typed figure. */
export interface FigureArgs {
  cut?: string | null;
  period?: string | null;
}

/** The key of the latest approved cut in the cut loader (no cut id is empty). */
const LATEST = '';
const SEPARATOR = '\t';

/** A fact's id: indicator|period|territory (CO when national)|site|sex|nationality, as the facts give it. */
export function factId(indicator: string, period: string, territory: string | null, site = 'TOTAL'): string {
  return [indicator, period, territory ?? 'CO', site, 'TOTAL', 'TOTAL'].join('|');
}

/**
 * One national total a ministry states (a count of agreements, of transfers), as the facts hold it as of
 * a cut, in the period asked for or else the cut's (figurePeriodInCut): a period without it is said,
 * never answered with an invented zero.
 */
export async function nationalFigure<DB extends FactDatabase & CutDatabase>(
  db: Kysely<DB>,
  indicator: string,
  args: FigureArgs,
  reportPeriod: string,
): Promise<number> {
  const inCut = await selectCut(db, args.cut, 'cut');
  const period = figurePeriodInCut(args.period, reportPeriod, inCut);
  const fact = await currentFacts(db, inCut.id)
    .select('value')
    .where('id', '=', factId(indicator, period, null))
    .executeTakeFirst();
  return fact ? fact.value : missingFigure(indicator, period, inCut.id);
}

/** The values of some facts as of a cut, in one statement; a fact absent in that cut is absent from the map. */
async function factValues<DB extends FactDatabase>(db: Kysely<DB>, cutId: string, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await currentFacts(db, cutId).select(['id', 'value']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.value]));
}

/** Per-request loaders of the cuts asked for and of fact values. */
export function createFigureLoaders<DB extends FactDatabase & CutDatabase>(db: Kysely<DB>) {
  return {
    cuts: oneLoader(
      (keys: readonly string[]) =>
        Promise.all(
          keys.map(async (key) => ({
            key,
            cut: await selectCut(db, key === LATEST ? null : key, 'cut').catch((error: unknown) => error as GraphQLError),
          })),
        ),
      (row) => row.key,
    ),
    factValues: oneLoader(
      async (keys: readonly string[]) => {
        const idsByCut = new Map<string, string[]>();
        for (const key of keys) {
          const [cutId, id] = key.split(SEPARATOR) as [string, string];
          idsByCut.set(cutId, [...(idsByCut.get(cutId) ?? []), id]);
        }
        const rows: Array<{ key: string; value: number }> = [];
        for (const [cutId, ids] of idsByCut) {
          for (const [id, value] of await factValues(db, cutId, ids)) rows.push({ key: `${cutId}${SEPARATOR}${id}`, value });
        }
        return rows;
      },
      (row) => row.key,
    ),
  };
}

export type FigureLoaders = ReturnType<typeof createFigureLoaders>;

/** The cut a figure is read as of: the one asked for, or the latest approved one. */
export async function figureCut(loaders: FigureLoaders, cut: string | null | undefined): Promise<ReportCutRow> {
  const loaded = (await loaders.cuts.load(cut ?? LATEST))!;
  if (loaded.cut instanceof Error) throw loaded.cut;
  return loaded.cut;
}

/** A fact's value as of a cut, or null when the facts of that cut have none. */
export async function figureValue(loaders: FigureLoaders, cut: ReportCutRow, id: string): Promise<number | null> {
  return (await loaders.factValues.load(`${cut.id}${SEPARATOR}${id}`))?.value ?? null;
}
