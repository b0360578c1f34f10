import { sameNarrative, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database, MinistryCode, PlanActionRow } from '../db/database.js';
import type { Context } from '../context.js';
import { listOwnNarratives } from '../db/plan.js';
import type { ActionResolvers } from '../generated/resolvers-types.js';

const TYPE_OF: Record<MinistryCode, 'IgualdadAction' | 'SaludAction' | 'SenaAction' | 'EducacionAction' | 'TrabajoAction'> = {
  IGUALDAD: 'IgualdadAction',
  SALUD: 'SaludAction',
  SENA: 'SenaAction',
  EDUCACION: 'EducacionAction',
  TRABAJO: 'TrabajoAction',
};

/** Another ministry's action as the index sees it, with what the owner sent for @requires. */
export type IndexedActionRef = PlanActionRow & {
  ownFindings: FindingView[] | null;
  report: { narrative: string | null } | null;
};

export const Action: ActionResolvers = {
  __resolveType: (action) => TYPE_OF[action.ministry],
};

/**
 * The index fields every action type shares, whoever owns the action. Generated types see only the
 * key on entities with @requires, though the parent is always the index row.
 */
export const indexFields = {
  ownerInReport: (action: { number: number; owner_in_report?: number }) => action.owner_in_report === 1,
};

/** An entity reference resolves only when the index gives the action to that ministry. */
export function resolveIndexedAction(ministry: MinistryCode) {
  return async (reference: { number: number } & Partial<IndexedActionRef>, { loaders }: Pick<Context, 'loaders'>): Promise<IndexedActionRef | null> => {
    const action = await loaders.planAction.load(reference.number);
    if (action?.ministry !== ministry) return null;
    return { ...action, ownFindings: reference.ownFindings ?? null, report: reference.report ?? null };
  };
}

/**
 * The rule across actions the index can check: a narrative identical to one of Igualdad's. The
 * index holds no other ministry's text; each owner's narrative arrives through @requires.
 */
export async function copiedNarratives(db: Kysely<Database>, actionNumber: number, narrative: string | null | undefined): Promise<FindingView[]> {
  const originals = await listOwnNarratives(db);
  return originals
    .filter((original) => original.number !== actionNumber && sameNarrative(original.narrative, narrative))
    .map((original) => ({
      rule: 'DUPLICATED_NARRATIVE',
      actionNumber,
      message: `La narrativa de la acción ${actionNumber} es, palabra por palabra, la de la acción ${original.number}.`,
      values: [
        { name: 'accion', value: String(actionNumber) },
        { name: 'copiaDeLaAccion', value: String(original.number) },
      ],
    }));
}

/** Findings of another ministry's action: the owner's own rules plus the rule across actions. */
export const indexedFindings = async (
  action: { number: number; ownFindings: FindingView[] | null; report: { narrative: string | null } | null },
  _: unknown,
  { db }: { db: Kysely<Database> },
): Promise<FindingView[]> => [
  ...(action.ownFindings ?? []),
  ...(await copiedNarratives(db, action.number, action.report?.narrative)),
];
