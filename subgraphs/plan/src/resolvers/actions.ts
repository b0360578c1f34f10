import type { FindingView, MinistryCode } from '@cnim/kit';
import { copiedNarratives, type ActionNarrative } from '../db/copied-narratives.js';
import type { PlanActionRow } from '../db/database.js';
import type { Context } from '../context.js';

/** What the owner sends for @requires: its own findings and, through NarrativeIndex, every ministry's narratives. */
interface Required {
  ownFindings?: FindingView[] | null;
  narratives?: Record<string, unknown> | null;
}

/** A ministry's action as the plan sees it: the index row plus what its owner sent. */
export type IndexedAction = PlanActionRow & Required;

/** An entity reference resolves only when the plan gives the action to that ministry. */
export function resolveIndexedAction(ministry: MinistryCode) {
  return async (reference: { number: number } & Required, { loaders }: Context): Promise<IndexedAction | null> => {
    const action = await loaders.planAction.load(reference.number);
    if (action?.ministry !== ministry) return null;
    return { ...action, ownFindings: reference.ownFindings ?? null, narratives: reference.narratives ?? null };
  };
}

/** Every ministry's list of narratives, flattened: `{ igualdadNarratives: [...], saludNarratives: [...] }`. */
function allNarratives(narratives: Record<string, unknown> | null | undefined): ActionNarrative[] {
  return Object.values(narratives ?? {}).flatMap((value) => (Array.isArray(value) ? (value as ActionNarrative[]) : []));
}

/** The index fields of every ministry's action type: owner flag and findings (the owner's plus the plan's). */
export const indexedActionFields = {
  ownerInReport: (action: IndexedAction) => action.owner_in_report === 1,
  findings: (action: IndexedAction): FindingView[] => [...(action.ownFindings ?? []), ...copiedNarratives(action.number, allNarratives(action.narratives))],
};
