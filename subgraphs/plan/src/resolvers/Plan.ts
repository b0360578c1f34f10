import { listPlanActions, listStrategicAxes } from '../db/plan.js';
import type { PlanResolvers } from '../generated/resolvers-types.js';

export const Plan: PlanResolvers = {
  reportTitle: (plan) => plan.report_title,
  reportCut: (plan) => plan.report_cut,
  overallProgressPercent: (plan) => plan.overall_progress_percent,
  strategicAxes: (_, __, { db }) => listStrategicAxes(db),
  actions: (_, __, { db }) => listPlanActions(db),
};
