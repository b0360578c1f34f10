import { SUBGRAPHS, subgraphVariables, type SubgraphName } from '@cnim/kit';

export type { SubgraphName };

/** The composed supergraph the gateway serves in production; `npm run compose` rewrites it. */
export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

/** `SALUD_URL` (for example) points the gateway at a subgraph running elsewhere; the registry lists them. */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv): Partial<Record<SubgraphName, string>> {
  return Object.fromEntries(
    SUBGRAPHS.flatMap(({ name }) => {
      const url = env[subgraphVariables(name).url];
      return url ? [[name, url]] : [];
    }),
  );
}
