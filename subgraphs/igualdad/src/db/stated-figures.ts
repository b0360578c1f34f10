import type { Kysely, Selectable } from 'kysely';
import type { Database, StatedFigureTable } from './database.js';

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
