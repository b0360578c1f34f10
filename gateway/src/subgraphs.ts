import type { SubgraphName } from '@cnim/kit';

export type { SubgraphName };

/** The composed supergraph the gateway serves in production; `npm run compose` rewrites it. */
export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);
