import type { Kysely, Selectable } from 'kysely';
import type { Database, StatedFigureTable } from './database.js';
import { factId, figureCut, figurePeriodInCut, figureValue, missingFigure, type FigureArgs, type FigureLoaders } from '@cnim/kit';

export type StatedFigureRow = Selectable<StatedFigureTable>;

/** An action's programme: the totals the report states for it, by code, read in one query. */
export interface ProgrammeView {
  number: number;
  figures: ReadonlyMap<string, StatedFigureRow>;
}

export function programmeFrom(actionNumber: number, rows: readonly StatedFigureRow[]): ProgrammeView {
  return { number: actionNumber, figures: new Map(rows.map((row) => [row.code, row])) };
}

export async function loadProgramme(db: Kysely<Database>, actionNumber: number): Promise<ProgrammeView> {
  return programmeFrom(actionNumber, await db.selectFrom('stated_figure').selectAll().where('action_number', '=', actionNumber).execute());
}

export function statedFigure(programme: ProgrammeView, code: string): StatedFigureRow {
  const figure = programme.figures.get(code);
  if (!figure) throw new Error(`La acción ${programme.number} no tiene la cifra ${code}`);
  return figure;
}

/**
 * The indicator behind each stated figure, as the `fact` view (migration 2026-11-24-03) maps them.
 * PEOPLE_ATTENDED has none: attendance is a fact per centre (IGUALDAD-1-ATENCIONES), and the total
 * the report states stays what its text says.
 */
const INDICATOR_OF_STATED: Readonly<Record<string, string>> = {
  INVESTMENT_COP: 'IGUALDAD-1-INVERSION',
  CENTRES: 'IGUALDAD-1-CENTROS',
  TRAININGS: 'IGUALDAD-2-FORMACIONES',
  OFFICIALS_TRAINED: 'IGUALDAD-2-FUNCIONARIOS',
  COMMUNITY_SPACES: 'IGUALDAD-3-ESPACIOS',
  COMMUNITY_PARTICIPANTS: 'IGUALDAD-3-PARTICIPANTES',
  ROUNDTABLES: 'IGUALDAD-4-MESAS',
  TECHNICAL_TABLES: 'IGUALDAD-5-MESAS-TECNICAS',
  ORGANISATIONS_MAPPED: 'IGUALDAD-10-ORGANIZACIONES',
};

/**
 * A programme's national figure as the facts give it as of a cut (latest approved by default), for a
 * period (by default the one the report gives for it): the report's value, or the one recorded since.
 */
export async function programmeFigure(loaders: FigureLoaders, programme: ProgrammeView, code: string, args: FigureArgs): Promise<number> {
  const indicator = INDICATOR_OF_STATED[code];
  if (!indicator) throw new Error(`La cifra ${code} no tiene indicador`);
  const cut = await figureCut(loaders, args.cut);
  const period = figurePeriodInCut(args.period, statedFigure(programme, code).period_id, cut);
  return (await figureValue(loaders, cut, factId(indicator, period, null))) ?? missingFigure(indicator, period, cut.id);
}
