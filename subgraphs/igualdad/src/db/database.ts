import type { Selectable } from 'kysely';
import type { FactDatabase, SubgraphDatabase } from '@cnim/kit';

export type ModalityCode = 'IN_PERSON' | 'VIRTUAL' | 'HYBRID';

export interface IntegrateCentreTable {
  id: string;
  position: number;
  name: string;
  status: 'INITIAL' | 'NEW' | 'PROJECTED';
  pilot: number;
  municipality_code: string;
  opened_text: string | null;
  opened_date: string | null;
  people_attended: number | null;
  attendance_label: string | null;
  attendance_period_id: string | null;
}

/** A total or count the report states for an action, kept apart from anything derived from itemised rows. */
export interface StatedFigureTable {
  action_number: number;
  code: string;
  value: number;
  as_written: string | null;
  period_id: string;
  period_as_written: string | null;
}

export interface TrainingCriterionTable {
  position: number;
  text: string;
}

export interface TrainingTable {
  position: number;
  topic: string;
  partner: string;
  held_text: string;
  held_date: string;
  modality: ModalityCode;
}

export interface CommunitySpaceTable {
  position: number;
  name: string;
  held_text: string;
  held_date: string;
  venue_text: string | null;
  municipality_code: string | null;
  modality: ModalityCode | null;
  participants_description: string;
  participants: number;
}

export interface MigrationRoundtableTable {
  position: number;
  name: string;
  held_text: string;
  held_date: string;
  department_code: string;
  venue_text: string | null;
  modality: ModalityCode | null;
  commitments: string | null;
}

export interface TechnicalTableTable {
  position: number;
  held_text: string;
  held_date: string;
  topic: string;
}

export interface TechnicalTableEntityTable {
  position: number;
  name: string;
}

/** The Ministerio de Igualdad y Equidad's database: shared tables plus its own actions' figures. */
export interface Database extends SubgraphDatabase, FactDatabase {
  integrate_centre: IntegrateCentreTable;
  stated_figure: StatedFigureTable;
  training_criterion: TrainingCriterionTable;
  training: TrainingTable;
  community_space: CommunitySpaceTable;
  migration_roundtable: MigrationRoundtableTable;
  technical_table: TechnicalTableTable;
  technical_table_entity: TechnicalTableEntityTable;
}

export type IntegrateCentreRow = Selectable<IntegrateCentreTable>;
export type TrainingRow = Selectable<TrainingTable>;
export type CommunitySpaceRow = Selectable<CommunitySpaceTable>;
export type MigrationRoundtableRow = Selectable<MigrationRoundtableTable>;
export type TechnicalTableRow = Selectable<TechnicalTableTable>;
