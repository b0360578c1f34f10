import { openCut, transitionCut, type CutTransition, type CutTransitionInput } from '@cnim/kit';
import { findPlanCut, recordProgress } from '../db/report-cuts.js';
import type { Context } from '../context.js';
import type { PlanMutationsResolvers } from '../generated/resolvers-types.js';

/** A cut move of the kit's lifecycle on the plan's own cut, answered with the plan's whole row. */
const move = (transition: CutTransition) => async (_: unknown, { input }: { input: CutTransitionInput }, { db, identity }: Context) => {
  await transitionCut(db, identity, 'PLAN', transition, input);
  return (await findPlanCut(db, input.cut))!;
};

/** The secretariat's writes on the plan: cuts and the overall progress recorded for each. */
export const PlanMutations: PlanMutationsResolvers = {
  openCut: async (_, { input }, { db, identity }) => {
    const { reportTitle, ...cut } = input;
    const title = reportTitle.trim();
    await openCut(db, identity, 'PLAN', cut, { report_title: title, overall_progress_percent: null });
    return (await findPlanCut(db, input.cut))!;
  },
  recordProgress: (_, { input }, { db, identity }) => recordProgress(db, identity, input),
  submitCut: move('submit'),
  approveCut: move('approve'),
  reopenCut: move('reopen'),
};
