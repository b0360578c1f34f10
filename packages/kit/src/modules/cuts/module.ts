import { fillTemplate, readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';
import type { KitContext } from '../../platform/kit-context.js';
import type { MinistrySubgraph } from '../../platform/registry.js';
import { findCut, type ReportCutRow } from './cuts.js';
import { cutSubmissionFields, cutMutations } from './cut-fields.js';

const SCHEMA = readSdl(new URL('./schema.graphql', import.meta.url));
const MINISTRY_TEMPLATE = readSdl(new URL('./ministry.graphql', import.meta.url));

/** The shared SDL of cuts, without a ministry's contribution (the plan subgraph uses it too). */
export const CUTS_SCHEMA = SCHEMA;

/** A reference to a report cut, as the plan subgraph sends it. */
export interface ReportCutRef {
  id: string;
}

/**
 * A ministry's report cuts: the secretariat opens one, the ministry reports into it and submits it, the
 * secretariat approves (locks) or reopens it; and the ministry's state in each cut, on the plan's
 * ReportCut entity.
 */
export function cutsModule(ministry: MinistrySubgraph): SubgraphModule {
  return {
    typeDefs: `${SCHEMA}\n${fillTemplate(MINISTRY_TEMPLATE, ministry)}`,
    resolvers: {
      ReportCut: {
        __resolveReference: (reference: ReportCutRef) => reference,
        [`${ministry.name}Submission`]: async (cut: ReportCutRef, _: unknown, { db }: KitContext): Promise<ReportCutRow | null> =>
          (await findCut(db, cut.id)) ?? null,
      },
      CutSubmission: cutSubmissionFields,
      [`${ministry.ministry.typePrefix}Mutations`]: cutMutations(ministry.ministry.code),
    },
  };
}
