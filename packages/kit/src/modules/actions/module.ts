import { fillTemplate, readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';
import type { KitContext } from '../../platform/kit-context.js';
import type { MinistrySubgraph } from '../../platform/registry.js';
import { listNarratives, ownActionFields, type ActionInCut } from './actions.js';
import { reportFields } from './qualitative-report.js';
import { taskFields } from './task-status.js';

const SCHEMA = readSdl(new URL('./schema.graphql', import.meta.url));
const MINISTRY_TEMPLATE = readSdl(new URL('./ministry.graphql', import.meta.url));

/**
 * A ministry's actions: wording, tasks, qualitative report, its own findings, and the narratives the
 * plan subgraph compares across actions. `ownFindings` is resolved by ministrySubgraph: the rules every
 * ministry shares (deadlines that name a real day, stored values within the value rules) plus the
 * ministry's own, if it has any.
 */
export function actionsModule(ministry: MinistrySubgraph): SubgraphModule {
  const prefix = ministry.ministry.typePrefix;
  return {
    typeDefs: `${SCHEMA}\n${fillTemplate(MINISTRY_TEMPLATE, ministry)}`,
    resolvers: {
      [`${prefix}Action`]: {
        ...ownActionFields,
        narratives: async (action: ActionInCut, _: unknown, { actions }: KitContext) => ({ cut: await actions.cutOf(action) }),
      },
      NarrativeIndex: {
        __resolveReference: ({ cut }: { cut: string }) => ({ cut }),
        [`${ministry.name}Narratives`]: ({ cut }: { cut: string }, _: unknown, { db }: KitContext) => listNarratives(db, cut),
      },
      Task: taskFields,
      QualitativeReport: reportFields,
    },
  };
}
