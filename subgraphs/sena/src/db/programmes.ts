import type { Kysely } from 'kysely';
import type { Database, PeopleFigureRow, ProgrammeRow } from './database.js';

/** An action's programme with its people figures, in the report's order. */
export interface ProgrammeView extends ProgrammeRow {
  figures: PeopleFigureRow[];
}

export async function findProgramme(db: Kysely<Database>, actionNumber: number): Promise<ProgrammeView | null> {
  const programme = await db.selectFrom('programme').selectAll().where('action_number', '=', actionNumber).executeTakeFirst();
  if (!programme) return null;
  const figures = await db
    .selectFrom('people_figure')
    .selectAll()
    .where('action_number', '=', actionNumber)
    .orderBy('position')
    .execute();
  return { ...programme, figures };
}

/** The figure for one disaggregation; the seed guarantees it exists for the programme's action. */
export function figureOf(programme: ProgrammeView, sex: PeopleFigureRow['sex'], nationality: PeopleFigureRow['nationality']): PeopleFigureRow {
  const figure = programme.figures.find((row) => row.sex === sex && row.nationality === nationality);
  if (!figure) throw new Error(`La acción ${programme.action_number} no tiene la cifra ${sex}/${nationality}`);
  return figure;
}

export function listSenaActions(db: Kysely<Database>) {
  return db.selectFrom('action').selectAll().orderBy('number').execute();
}
