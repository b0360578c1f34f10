import type { CutDatabase } from '../modules/cuts/cuts.js';
import type { ActionDatabase } from '../modules/actions/actions.js';
import type { IndicatorDatabase } from '../modules/facts/indicators.js';
import type { PeriodDatabase } from '../modules/periods/periods.js';
import type { AuditDatabase } from '../modules/reporting/audit.js';
import type { ApprovalDatabase } from '../modules/reporting/period-approval.js';
import type { TerritoryDatabase } from '../modules/territory/territory.js';
import type { DatasetDatabase } from './dataset.js';

/**
 * The kit's shared tables, which every ministry's database holds (the kit's migrations create them);
 * a ministry's `Database` extends it with its own tables and its `fact` view (FactDatabase).
 */
export type SubgraphDatabase = TerritoryDatabase &
  PeriodDatabase &
  ActionDatabase &
  IndicatorDatabase &
  AuditDatabase &
  ApprovalDatabase &
  CutDatabase &
  DatasetDatabase;
