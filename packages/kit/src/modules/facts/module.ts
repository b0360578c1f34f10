import { fillTemplate, readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';
import type { KitContext } from '../../platform/kit-context.js';
import type { MinistrySubgraph } from '../../platform/registry.js';
import { factFields, indicatorFields, ministryDataFields } from './bi-resolvers.js';
import type { FactPageArgs } from './facts.js';
import { FactRowScalar } from './fact-table.js';

const SCHEMA = readSdl(new URL('./schema.graphql', import.meta.url));
const MINISTRY_TEMPLATE = readSdl(new URL('./ministry.graphql', import.meta.url));

/**
 * A ministry's indicators and facts for BI: its catalogue, its paged facts, and the root fields a
 * team uses when it runs its subgraph alone (the gateway reaches the same data through `<M>Data`).
 */
export function factsModule(ministry: MinistrySubgraph): SubgraphModule {
  const prefix = ministry.ministry.typePrefix;
  const data = ministryDataFields(ministry.ministry.code);
  return {
    typeDefs: `${SCHEMA}\n${fillTemplate(MINISTRY_TEMPLATE, ministry)}`,
    resolvers: {
      Query: {
        [`${ministry.name}Indicators`]: (_: unknown, args: { action?: number | null }, context: KitContext) =>
          data.indicators(undefined, args, context),
        [`${ministry.name}Facts`]: (_: unknown, args: FactPageArgs, context: KitContext) => data.facts(undefined, args, context),
      },
      [`${prefix}Indicator`]: indicatorFields(ministry.ministry.code),
      [`${prefix}Data`]: data,
      Fact: factFields,
      FactRow: FactRowScalar,
      // In a ministry's subgraph every Indicator and every MinistryData is its own.
      Indicator: { __resolveType: () => `${prefix}Indicator` },
      MinistryData: { __resolveType: () => `${prefix}Data` },
    },
  };
}
