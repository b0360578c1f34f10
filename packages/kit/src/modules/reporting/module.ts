import { fillTemplate, readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';
import type { MinistrySubgraph } from '../../platform/registry.js';
import { ministryMutations } from './ministry-mutations.js';
import { periodApprovalFields } from './period-approval.js';

const SCHEMA = readSdl(new URL('./schema.graphql', import.meta.url));
const MINISTRY_TEMPLATE = readSdl(new URL('./ministry.graphql', import.meta.url));

/** The write protocol: a ministry's write namespace, its audit history and its period approvals. */
export function reportingModule(ministry: MinistrySubgraph): SubgraphModule {
  return {
    typeDefs: `${SCHEMA}\n${fillTemplate(MINISTRY_TEMPLATE, ministry)}`,
    resolvers: {
      Mutation: { [ministry.name]: () => ({}) },
      [`${ministry.ministry.typePrefix}Mutations`]: ministryMutations(ministry.ministry.code),
      PeriodApproval: periodApprovalFields,
    },
  };
}
