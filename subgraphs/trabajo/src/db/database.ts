import type { Selectable } from 'kysely';
import type { FactDatabase, SubgraphDatabase } from '@cnim/kit';

export interface RnflDepartmentTable {
  department_code: string;
  position: number;
  participants: number;
  period_id: string;
  period_as_written: string | null;
}

export interface RnflQuarterTable {
  period_id: string;
  position: number;
  migrant_participants: number;
  period_as_written: string | null;
}

export interface AgreementTable {
  action_number: number;
  name: string;
  number: number;
  year: number;
  first_party: string;
  second_party: string;
  period_id: string;
  period_as_written: string | null;
}

export interface AlliedProviderTable {
  position: number;
  name: string;
  members_as_written: string | null;
}

/** Counts the report states for an action, kept apart from the itemised rows. */
export interface StatedCountTable {
  action_number: number;
  code: 'AGREEMENTS_SIGNED' | 'OPERATING_MANUALS';
  value: number;
}

/** The Ministerio del Trabajo's database: shared tables plus its own figures. */
export interface Database extends SubgraphDatabase, FactDatabase {
  rnfl_department: RnflDepartmentTable;
  rnfl_quarter: RnflQuarterTable;
  agreement: AgreementTable;
  allied_provider: AlliedProviderTable;
  stated_count: StatedCountTable;
}

export type RnflDepartmentRow = Selectable<RnflDepartmentTable>;
export type RnflQuarterRow = Selectable<RnflQuarterTable>;
export type AgreementRow = Selectable<AgreementTable>;
export type AlliedProviderRow = Selectable<AlliedProviderTable>;
