import { sameNarrative, type FindingView } from '@cnim/kit';

export interface ActionNarrative {
  actionNumber: number;
  narrative: string | null;
}

/**
 * The plan's rule across actions: an action whose narrative is, word for word, that of an earlier
 * action (in the plan's order) copies it. The earlier one is the original and gets no finding. The
 * narratives come from their owners through federation; the plan stores none of them.
 */
export function copiedNarratives(actionNumber: number, narratives: readonly ActionNarrative[]): FindingView[] {
  const own = narratives.find((candidate) => candidate.actionNumber === actionNumber)?.narrative;
  const original = [...narratives]
    .sort((a, b) => a.actionNumber - b.actionNumber)
    .find((candidate) => candidate.actionNumber < actionNumber && sameNarrative(candidate.narrative, own));
  if (!original) return [];
  return [
    {
      rule: 'DUPLICATED_NARRATIVE',
      actionNumber,
      message: `La narrativa de la acción ${actionNumber} es, palabra por palabra, la de la acción ${original.actionNumber}.`,
      values: [
        { name: 'accion', value: String(actionNumber) },
        { name: 'copiaDeLaAccion', value: String(original.actionNumber) },
      ],
    },
  ];
}
