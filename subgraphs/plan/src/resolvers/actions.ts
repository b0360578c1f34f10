import { MINISTRY_SUBGRAPHS, type FindingView, type MinistryCode } from '@cnim/kit';
import { GraphQLError } from 'graphql';
import { copiedNarratives, type ActionNarrative } from '../db/copied-narratives.js';
import type { PlanActionInCut } from '../db/database.js';
import type { Context } from '../context.js';

/** What the owner sends for @requires: its own findings and, through NarrativeIndex, every ministry's narratives. */
interface Required {
  ownFindings?: FindingView[] | null;
  narratives?: Record<string, unknown> | null;
}

/** A ministry's action as the plan sees it: the index row plus what its owner sent. */
export type IndexedAction = PlanActionInCut & Required;

/** An entity reference resolves only when the plan gives the action to that ministry. */
export function resolveIndexedAction(ministry: MinistryCode) {
  return async (reference: { number: number; readCut: string } & Required, { loaders }: Context): Promise<IndexedAction | null> => {
    const action = await loaders.planAction.load(reference.number);
    if (action?.ministry !== ministry) return null;
    return { ...action, readCut: reference.readCut, ownFindings: reference.ownFindings ?? null, narratives: reference.narratives ?? null };
  };
}

/** Every ministry's list of narratives, flattened: `{ igualdadNarratives: [...], saludNarratives: [...] }`. */
function allNarratives(narratives: Record<string, unknown> | null | undefined): ActionNarrative[] {
  return Object.values(narratives ?? {}).flatMap((value) => (Array.isArray(value) ? (value as ActionNarrative[]) : []));
}

/** The ministries whose narratives did not arrive (their subgraph did not answer). */
function missingMinistries(narratives: Record<string, unknown> | null | undefined): Array<{ name: string; code: MinistryCode }> {
  return MINISTRY_SUBGRAPHS.filter(({ name }) => !Array.isArray(narratives?.[`${name}Narratives`])).map(({ name, ministry }) => ({
    name,
    code: ministry.code,
  }));
}

/**
 * The index fields of every ministry's action type: owner flag and findings (the owner's plus the
 * plan's). An action is compared with the earlier ones; if an earlier action's narratives did not
 * arrive, the comparison would be incomplete, so the findings are refused (null, with an error) rather
 * than listed as if complete.
 */
export const indexedActionFields = {
  ownerInReport: (action: IndexedAction) => action.owner_in_report === 1,
  findings: async (action: IndexedAction, _: unknown, { loaders }: Context): Promise<FindingView[]> => {
    const missing = missingMinistries(action.narratives);
    if (missing.length) {
      const earlier = await loaders.planAction.loadMany(Array.from({ length: action.number - 1 }, (__, index) => index + 1));
      const owners = new Set(earlier.flatMap((row) => (row && !(row instanceof Error) ? [row.ministry] : [])));
      // When one subgraph fails, the gateway sends none of the narratives it gathered for the rule, so the
      // plan cannot tell which one is missing: the gateway's own error names it.
      if (missing.some(({ code }) => owners.has(code))) {
        throw new GraphQLError(
          `No se pudieron evaluar las reglas entre acciones de la acción ${action.number}: no llegaron las narrativas de las acciones anteriores porque un subgrafo no respondió (el otro error lo nombra). Los hallazgos se omiten en lugar de darlos incompletos.`,
          { extensions: { code: 'FINDINGS_INCOMPLETE' } },
        );
      }
    }
    return [...(action.ownFindings ?? []), ...copiedNarratives(action.number, allNarratives(action.narratives))];
  },
};
