import { currentFacts, figurePeriodInCut, missingFigure, selectCut, type FigureArgs } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database, PeopleFigureRow, ProgrammeRow } from './database.js';

/** SENA's indicators behind the typed figures (seed-indicators.ts). */
export const ORIENTED = 'SENA-8-ORIENTADOS';
export const CERTIFIED = 'SENA-9-CERTIFICADOS';
export const CENTRES = 'SENA-9-CENTROS';

/**
 * The period the report gives each figure: the guidance figures and the training centres carry no
 * period, so they are the report's year; the certifications are of the third quarter of 2025.
 */
export const REPORT_PERIODS = { [ORIENTED]: '2025', [CERTIFIED]: '2025Q3', [CENTRES]: '2025' } as const;

export type FigureIndicator = keyof typeof REPORT_PERIODS;

/** An action's programme with its people figures as the report words them (their periods), in the report's order. */
export interface ProgrammeView extends ProgrammeRow {
  figures: PeopleFigureRow[];
}

export async function findProgramme(db: Kysely<Database>, actionNumber: number): Promise<ProgrammeView | null> {
  const programme = await db.selectFrom('programme').selectAll().where('action_number', '=', actionNumber).executeTakeFirst();
  if (!programme) return null;
  const figures = await db.selectFrom('people_figure').selectAll().where('action_number', '=', actionNumber).orderBy('position').execute();
  return { ...programme, figures };
}

/** The report's own row for one disaggregation (its period in words); the seed guarantees it exists. */
export function figureOf(
  programme: ProgrammeView,
  sex: PeopleFigureRow['sex'],
  nationality: PeopleFigureRow['nationality'],
): PeopleFigureRow {
  const figure = programme.figures.find((row) => row.sex === sex && row.nationality === nationality);
  if (!figure) throw new Error(`La acción ${programme.action_number} no tiene la cifra ${sex}/${nationality}`);
  return figure;
}

/** A national figure as one row of a breakdown, read from the facts. */
export interface PeopleFigureView {
  sex: 'TOTAL' | 'FEMALE' | 'MALE';
  nationality: 'TOTAL' | 'VENEZUELAN';
  people: number;
}

const SEX_ORDER = ['TOTAL', 'FEMALE', 'MALE'];
const NATIONALITY_ORDER = ['TOTAL', 'VENEZUELAN'];

/** Every national value of an indicator in a period as of a cut (site TOTAL), totals first, then by sex and nationality. */
export async function figureBreakdown(
  db: Kysely<Database>,
  indicator: FigureIndicator,
  args: FigureArgs,
): Promise<{ cut: string; period: string; rows: PeopleFigureView[] }> {
  const cut = await selectCut(db, args.cut, 'cut');
  const period = figurePeriodInCut(args.period, REPORT_PERIODS[indicator], cut);
  const facts = await currentFacts(db, cut.id)
    .select(['sex', 'nationality', 'value'])
    .where('indicator_code', '=', indicator)
    .where('period_id', '=', period)
    .where('territory_code', 'is', null)
    .where('site', '=', 'TOTAL')
    .execute();
  const rows = facts
    .map((fact) => ({
      sex: fact.sex as PeopleFigureView['sex'],
      nationality: fact.nationality as PeopleFigureView['nationality'],
      people: fact.value,
    }))
    .sort(
      (a, b) =>
        SEX_ORDER.indexOf(a.sex) - SEX_ORDER.indexOf(b.sex) ||
        NATIONALITY_ORDER.indexOf(a.nationality) - NATIONALITY_ORDER.indexOf(b.nationality),
    );
  return { cut: cut.id, period, rows };
}

/** One value of an indicator (a disaggregation, TOTAL by default) in a period as of a cut; NOT_FOUND when there is none. */
export async function figureValue(
  db: Kysely<Database>,
  indicator: FigureIndicator,
  args: FigureArgs,
  sex = 'TOTAL',
  nationality = 'TOTAL',
): Promise<number> {
  const { cut, period, rows } = await figureBreakdown(db, indicator, args);
  const row = rows.find((candidate) => candidate.sex === sex && candidate.nationality === nationality);
  if (!row) missingFigure(sex === 'TOTAL' && nationality === 'TOTAL' ? indicator : `${indicator} (${sex}/${nationality})`, period, cut);
  return row.people;
}

export function listSenaActions(db: Kysely<Database>) {
  return db.selectFrom('action').selectAll().orderBy('number').execute();
}
