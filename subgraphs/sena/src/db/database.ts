import type { Selectable } from 'kysely';
import type { FactDatabase, SubgraphDatabase } from '@cnim/kit';

/** A figure of people, disaggregated by sex and nationality where the report does so ('TOTAL' otherwise). */
export interface PeopleFigureTable {
  action_number: number;
  code: 'MIGRANTS_ORIENTED' | 'MIGRANTS_CERTIFIED';
  position: number;
  sex: 'TOTAL' | 'FEMALE';
  nationality: 'TOTAL' | 'VENEZUELAN';
  people: number;
  period_id: string;
  period_as_written: string | null;
}

/** What the report says about an action's programme besides its figures. */
export interface ProgrammeTable {
  action_number: number;
  description_as_written: string;
  /** 1 when the report says the target was met; null when it says nothing. */
  target_met: number | null;
  training_centres: number | null;
}

/** The SENA's database: shared tables plus its own figures. */
export interface Database extends SubgraphDatabase, FactDatabase {
  people_figure: PeopleFigureTable;
  programme: ProgrammeTable;
}

export type PeopleFigureRow = Selectable<PeopleFigureTable>;
export type ProgrammeRow = Selectable<ProgrammeTable>;
