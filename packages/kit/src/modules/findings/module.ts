import { readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';

/** Data-quality findings: the ministries' own rules and the plan's rules across actions share the shape. */
export const findingsModule: SubgraphModule = {
  typeDefs: readSdl(new URL('./schema.graphql', import.meta.url)),
  resolvers: {},
};
