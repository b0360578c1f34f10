import { REPORT_CUT_ID, type CutDatabase } from '../cuts/cuts.js';
import type { Kysely } from 'kysely';
import type { FactView, FactPageArgs, PagedFact } from './facts.js';
import type { CursorCodec } from './cursor.js';
import { MAX_PAGE_SIZE, disaggregationOf, pageFacts, periodKindOf, type FactDatabase } from './facts.js';
import { factTable } from './fact-table.js';
import { listApprovals, type ApprovalDatabase } from '../reporting/period-approval.js';
import { factHistoryFields } from './recorded-values.js';
import { findIndicator, indicatorCodes, listIndicators, type IndicatorDatabase, type IndicatorRow } from './indicators.js';

const SOURCE = 'Informe de avance 2025 – Corte: Noviembre 2025';

/** Flat fact columns in camelCase; every ministry's Fact type resolves the same way. */
export const factFields = {
  ...factHistoryFields,
  indicatorCode: (fact: FactView) => fact.indicator_code,
  actionNumber: (fact: FactView) => fact.action_number,
  ministryCode: (fact: FactView) => fact.ministry,
  territoryLevel: (fact: FactView) => fact.territory_level,
  territoryCode: (fact: FactView) => fact.territory_code,
  periodId: (fact: FactView) => fact.period_id,
  periodStart: (fact: FactView) => fact.period_start,
  periodEnd: (fact: FactView) => fact.period_end,
  cut: (fact: FactView) => fact.cut_id,
  disaggregation: disaggregationOf,
  periodKind: (fact: FactView) => periodKindOf(fact.period_id),
  recordedAt: (fact: FactView) => fact.recorded_at,
  derived: (fact: PagedFact) => fact.derived === 1,
  source: (fact: FactView) => (fact.cut_id === REPORT_CUT_ID ? SOURCE : `Reporte del ministerio, corte ${fact.cut_id}`),
};

type BiDatabase = IndicatorDatabase & FactDatabase & ApprovalDatabase & CutDatabase;

/** A ministry's indicator entity: its sheet, resolved from its own catalogue. */
export function indicatorFields(ministry: string) {
  return {
    __resolveReference: async <DB extends BiDatabase>({ code }: { code: string }, { db }: { db: Kysely<DB> }) =>
      (await findIndicator(db, code)) ?? null,
    actionNumber: (indicator: IndicatorRow) => indicator.action_number,
    ministryCode: () => ministry,
    territoryLevel: (indicator: IndicatorRow) => indicator.territory_level,
  };
}

/** A ministry's BI entry point (MinistryData): its catalogue and its paginated facts. */
export function ministryDataFields(ministry: string) {
  return {
    __resolveReference: ({ ministry: requested }: { ministry: string }) => (requested === ministry ? { ministry } : null),
    indicators: <DB extends BiDatabase>(_: unknown, { action }: { action?: number | null }, { db }: { db: Kysely<DB> }) =>
      listIndicators(db, action),
    facts: async <DB extends BiDatabase>(_: unknown, args: FactPageArgs, { db, cursors }: { db: Kysely<DB>; cursors: CursorCodec }) =>
      pageFacts(db, args, await indicatorCodes(db), cursors),
    factTable: async <DB extends BiDatabase>(_: unknown, args: FactPageArgs, { db, cursors }: { db: Kysely<DB>; cursors: CursorCodec }) =>
      factTable(await pageFacts(db, { ...args, first: args.first ?? MAX_PAGE_SIZE }, await indicatorCodes(db), cursors)),
    periodApprovals: <DB extends BiDatabase>(_: unknown, __: unknown, { db }: { db: Kysely<DB> }) => listApprovals(db),
  };
}
