import type { Selectable } from 'kysely';
import type { FactDatabase, SubgraphDatabase } from '@cnim/kit';

export interface AccompanimentTable {
  position: number;
  secretariat_name: string;
  level: 'DEPARTMENTAL' | 'MUNICIPAL';
  department_code: string;
  municipality_code: string | null;
  period_id: string;
  period_as_written: string | null;
}

export interface AccompanimentTopicTable {
  position: number;
  text: string;
}

/** Counts the report states for an action, kept apart from the itemised rows. */
export interface StatedCountTable {
  action_number: number;
  code: 'SECRETARIATS_ACCOMPANIED';
  value: number;
}

/** The Ministerio de Educación Nacional's database: shared tables plus its own figures. */
export interface Database extends SubgraphDatabase, FactDatabase {
  accompaniment: AccompanimentTable;
  accompaniment_topic: AccompanimentTopicTable;
  stated_count: StatedCountTable;
}

export type AccompanimentRow = Selectable<AccompanimentTable>;
