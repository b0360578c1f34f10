import { readFileSync } from 'node:fs';
import type { GraphQuery } from '../graph-client.js';
import { cutFigures, figureReading } from '../../../web/src/figure-reading.js';
import { headlineFigures, type Figure } from '../../../web/src/headline-figures.js';
import type { ActionsData } from '../../../web/src/types.js';

/**
 * The dashboard's own operation for a cut's actions (operations/tablero/acciones.graphql), read with
 * the dashboard's own words for each figure (web/src/headline-figures.ts): /informe and /tablero show
 * a cut's figures alike, with the same periods and the same "sin dato" for a figure with no value.
 */
const ACTIONS_QUERY = readFileSync(new URL('../../../operations/tablero/acciones.graphql', import.meta.url), 'utf8');

export interface ActionFigures {
  number: number;
  /** False when the action's ministry did not answer (its title, which it owns, is null). */
  answered: boolean;
  figures: Figure[];
}

/** The figures a later cut reports, for the year they are read for. */
export interface CutFiguresReport {
  period: string;
  /** Null when the plan's actions could not be read at all. */
  actions: ActionFigures[] | null;
}

/**
 * A later cut's figures, for the report; null in the report's own cut, whose figures are its own text
 * (the narratives the report prints), so that cut prints exactly as the report.
 */
export async function readCutFigures(
  graph: GraphQuery,
  cuts: Array<{ id: string; label: string; closingDate: string }>,
  cutId: string,
): Promise<CutFiguresReport | null> {
  const figures = cutFigures(cuts, cutId);
  if (figures.period === null) return null;
  const answer = await graph<ActionsData>(ACTIONS_QUERY, { corte: cutId });
  const reading = figureReading(figures, answer.errors ?? []);
  const actions =
    answer.data?.plan?.actions.map((action) => ({
      number: action.number,
      answered: action.title !== null,
      figures: headlineFigures(action, reading),
    })) ?? null;
  return { period: figures.period, actions };
}
