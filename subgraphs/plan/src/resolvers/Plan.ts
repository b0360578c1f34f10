import { badUserInput, listChanges } from '@cnim/kit';
import { cutState, reopenedBy } from '../db/cut-state.js';
import { listPlanActions, listStrategicAxes } from '../db/plan.js';
import type { Context } from '../context.js';
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

/** The cut's own row (one statement per request for every cut asked for). */
const row = async (cut: { id: string }, { loaders }: Context) => (await loaders.cut.load(cut.id))!;

export const ReportCut: ReportCutResolvers = {
  // The gateway sends each ministry's state in the cut with the reference, for `state` and `reopenedBy`.
  __resolveReference: async (reference, context) => {
    const cut = await context.loaders.cut.load(reference.id);
    return cut ? { ...reference, ...cut } : null;
  },
  label: async (cut, _, context) => (await row(cut, context)).label,
  reportTitle: async (cut, _, context) => (await row(cut, context)).report_title,
  state: async (cut, _, context) => cutState((await row(cut, context)).status, cut),
  reopenedBy: async (cut, _, context) => reopenedBy((await row(cut, context)).status, cut),
  closingDate: async (cut, _, context) => (await row(cut, context)).closing_date,
  closingDateDerived: async (cut, _, context) => (await row(cut, context)).closing_date_derived === 1,
  overallProgressPercent: async (cut, _, context) => (await row(cut, context)).overall_progress_percent,
  version: async (cut, _, context) => (await row(cut, context)).version,
  history: (cut, _, { db }) => listChanges(db, 'cut', cut.id, cut.id),
};
