import { readSdl, type SubgraphModule } from '../../graphql/subgraph-module.js';
import { changeFields } from './change-fields.js';

/** The audit's Change type, shown by every subgraph that records writes (the ministries and the plan). */
export const changeModule: SubgraphModule = {
  typeDefs: readSdl(new URL('./change.graphql', import.meta.url)),
  resolvers: { Change: changeFields },
};
