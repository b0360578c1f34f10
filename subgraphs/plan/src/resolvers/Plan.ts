import { badUserInput, listChanges } from '@cnim/kit';
import { findPlanCut } from '../db/report-cuts.js';
import { listPlanActions, listStrategicAxes } from '../db/plan.js';
import type { PlanResolvers, ReportCutResolvers } from '../generated/resolvers-types.js';

/** The plan as of the cut being read: the report's title and cut, and the progress recorded for it. */
export const Plan: PlanResolvers = {
  reportTitle: (plan) => plan.cut.report_title,
  reportCut: (plan) => plan.cut.label,
  overallProgressPercent: (plan) => {
    if (plan.cut.overall_progress_percent === null) {
      throw badUserInput('cut', `La secretaría aún no registra el avance total del plan para el corte "${plan.cut.id}".`);
    }
    return plan.cut.overall_progress_percent;
  },
  strategicAxes: (_, __, { db }) => listStrategicAxes(db),
  actions: async (plan, __, { db }) => (await listPlanActions(db)).map((action) => ({ ...action, readCut: plan.cut.id })),
};

export const ReportCut: ReportCutResolvers = {
  __resolveReference: async ({ id }, { db }) => (await findPlanCut(db, id)) ?? null,
  reportTitle: (cut) => cut.report_title,
  state: (cut) => cut.status,
  closingDate: (cut) => cut.closing_date,
  closingDateDerived: (cut) => cut.closing_date_derived === 1,
  overallProgressPercent: (cut) => cut.overall_progress_percent,
  history: (cut, _, { db }) => listChanges(db, 'cut', cut.id, cut.id),
};
