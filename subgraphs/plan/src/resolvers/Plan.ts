import { badUserInput } from '@cnim/kit';
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
  actions: (_, __, { db }) => listPlanActions(db),
};

export const ReportCut: ReportCutResolvers = {
  reportTitle: (cut) => cut.report_title,
  overallProgressPercent: (cut) => cut.overall_progress_percent,
};
