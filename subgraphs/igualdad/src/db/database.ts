import type { Selectable } from 'kysely';
import type { FactDatabase, SubgraphDatabase } from '@cnim/kit';

export type MinistryCode = 'IGUALDAD' | 'SALUD' | 'SENA' | 'EDUCACION' | 'TRABAJO';
export type ModalityCode = 'IN_PERSON' | 'VIRTUAL' | 'HYBRID';

export interface PlanTable {
  id: number;
  name: string;
  report_title: string;
  report_cut: string;
  objective: string;
  overall_progress_percent: number;
}

export interface StrategicAxisTable {
  number: number;
  text: string;
}

/** The plan's index: for every action, only its number and its owner. */
export interface PlanActionTable {
  number: number;
  ministry: MinistryCode;
  /** SQLite has no boolean: 1 when the report identifies the owner. */
  owner_in_report: number;
}

/** The indicator index: codes and owners only; each ministry's subgraph holds the technical sheets. */
export interface PlanIndicatorTable {
  code: string;
  position: number;
  ministry: MinistryCode;
  action_number: number;
}

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

/** The Ministerio de Igualdad y Equidad's database: the plan's index and its own actions' figures. */
export interface Database extends SubgraphDatabase, FactDatabase {
  plan: PlanTable;
  strategic_axis: StrategicAxisTable;
  plan_action: PlanActionTable;
  plan_indicator: PlanIndicatorTable;
  integrate_centre: IntegrateCentreTable;
  stated_figure: StatedFigureTable;
  training_criterion: TrainingCriterionTable;
  training: TrainingTable;
  community_space: CommunitySpaceTable;
  migration_roundtable: MigrationRoundtableTable;
  technical_table: TechnicalTableTable;
  technical_table_entity: TechnicalTableEntityTable;
}

export type PlanRow = Selectable<PlanTable>;
export type StrategicAxisRow = Selectable<StrategicAxisTable>;
export type PlanActionRow = Selectable<PlanActionTable>;
export type IntegrateCentreRow = Selectable<IntegrateCentreTable>;
export type TrainingRow = Selectable<TrainingTable>;
export type CommunitySpaceRow = Selectable<CommunitySpaceTable>;
export type MigrationRoundtableRow = Selectable<MigrationRoundtableTable>;
export type TechnicalTableRow = Selectable<TechnicalTableTable>;
