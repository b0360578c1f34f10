import type { Selectable } from 'kysely';
import type { FactDatabase, SubgraphDatabase } from '@cnim/kit';

export interface AdministrativeActTable {
  id: string;
  action_number: number;
  position: number;
  number: number | null;
  year: number;
  subject: string;
  stage: 'ISSUED' | 'DRAFT_UNDER_LEGAL_REVIEW';
  issued_text: string | null;
  issued_date: string | null;
  expected_text: string | null;
}

export interface PsychosocialAllocationTable {
  municipality_code: string;
  position: number;
  amount: number;
  status: 'TRANSFERRED' | 'DESISTED';
  period_id: string;
  resolution_id: string;
}

export interface PsychosocialFundingTable {
  action_number: number;
  stated_total_text: string;
  stated_transfer_count: number;
  transfers_from_text: string;
  transfers_from_date: string;
  execution_until_text: string;
  execution_until_date: string;
}

/** The Ministerio de Salud y Protección Social's database: shared tables plus its own figures. */
export interface Database extends SubgraphDatabase, FactDatabase {
  administrative_act: AdministrativeActTable;
  psychosocial_allocation: PsychosocialAllocationTable;
  psychosocial_funding: PsychosocialFundingTable;
}

export type AdministrativeActRow = Selectable<AdministrativeActTable>;
export type PsychosocialAllocationRow = Selectable<PsychosocialAllocationTable>;
export type PsychosocialFundingRow = Selectable<PsychosocialFundingTable>;
