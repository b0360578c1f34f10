import { openCut, transitionCut, type CutTransition, type CutTransitionInput } from '@cnim/kit';
import { findPlanCut, recordProgress } from '../db/report-cuts.js';
import type { Context } from '../context.js';
import type { ReportCutRow } from '../db/database.js';
import type { PlanMutationsResolvers } from '../generated/resolvers-types.js';

/** The cut as written, also for the fields that read it through the request's loader (a later write in the same request must not see an earlier read). */
async function written({ db, loaders }: Context, id: string, answer?: ReportCutRow) {
  const row = answer ?? (await findPlanCut(db, id))!;
  loaders.cut.clear(id).prime(id, row);
  return row;
}

/** A cut move of the kit's lifecycle on the plan's own cut, answered with the plan's whole row. */
const move =
  (transition: CutTransition) =>
  async (_: unknown, { input }: { input: CutTransitionInput }, context: Context) => {
    await transitionCut(context.db, context.identity, 'PLAN', transition, input);
    return written(context, input.cut);
  };

/** The secretariat's writes on the plan: cuts and the overall progress recorded for each. */
export const PlanMutations: PlanMutationsResolvers = {
  openCut: async (_, { input }, context) => {
    const { reportTitle, ...cut } = input;
    const title = reportTitle.trim();
    await openCut(context.db, context.identity, 'PLAN', cut, { report_title: title, overall_progress_percent: null });
    return written(context, input.cut);
  },
  recordProgress: async (_, { input }, context) => {
    // Its answer is the write's own, kept with its idempotency key: a retry gets the first one.
    const recorded = await recordProgress(context.db, context.identity, input);
    return written(context, recorded.id, recorded);
  },
  submitCut: move('submit'),
  approveCut: move('approve'),
  reopenCut: move('reopen'),
};
