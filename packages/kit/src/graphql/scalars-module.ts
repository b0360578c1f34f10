import { CopScalar, DateScalar } from './scalars.js';
import { readSdl, type SubgraphModule } from './subgraph-module.js';

/** The plan's scalars: real calendar days and whole pesos. */
export const scalarsModule: SubgraphModule = {
  typeDefs: readSdl(new URL('./scalars.graphql', import.meta.url)),
  resolvers: { Date: DateScalar, COP: CopScalar },
};
