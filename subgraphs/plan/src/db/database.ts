import type {
  ApprovedCutSnapshotTable,
  AuditDatabase,
  DatasetDatabase,
  MinistryCode,
  ReportCutTable as KitReportCutTable,
  TerritoryDatabase,
} from '@cnim/kit';
import type { Selectable } from 'kysely';

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

/**
 * The indicator index of cut 2025-11 behind the deprecated root `indicators`: codes and owners only.
 * Each ministry publishes its own catalogue (`ministries { indicators }`), which is what grows.
 */
export interface PlanIndicatorTable {
  code: string;
  position: number;
  ministry: MinistryCode;
  action_number: number;
}

/**
 * A cut of the progress report, with the lifecycle every subgraph shares, plus the plan's own: the
 * report's title and the overall progress the secretariat records per cut.
 */
export interface ReportCutTable extends KitReportCutTable {
  report_title: string;
  overall_progress_percent: number | null;
}

/** The subcommission's database: the plan as a whole and the territory catalogue, never a ministry's figures or narratives. */
export interface Database extends DatasetDatabase, TerritoryDatabase, AuditDatabase {
  plan: PlanTable;
  strategic_axis: StrategicAxisTable;
  plan_action: PlanActionTable;
  plan_indicator: PlanIndicatorTable;
  report_cut: ReportCutTable;
  /** Shared with the ministries' cut lifecycle; the plan's own cut is never reopened for one ministry, so it stays empty. */
  approved_cut_snapshot: ApprovedCutSnapshotTable;
}

export type PlanRow = Selectable<PlanTable>;
export type StrategicAxisRow = Selectable<StrategicAxisTable>;
export type PlanActionRow = Selectable<PlanActionTable>;
export type PlanIndicatorRow = Selectable<PlanIndicatorTable>;
export type ReportCutRow = Selectable<ReportCutTable>;

/** The plan as one reading sees it: the plan's row and the cut the reading is about. */
export type PlanView = PlanRow & { cut: ReportCutRow };

/** An action of the index as read in a cut: the cut travels in the entity's key to its ministry. */
export type PlanActionInCut = PlanActionRow & { readCut: string };
