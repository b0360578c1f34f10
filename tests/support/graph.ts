import { startGateway, type RunningGateway } from '@cnim/gateway';
import { SUBGRAPH_NAMES, type RunningSubgraph, type SubgraphName } from '@cnim/kit';
import { loadDefinitions } from '../../scripts/subgraph-definitions.js';
import { startFresh } from './subgraph.js';

export interface RunningGraph {
  url: string;
  /** Where a subgraph listens, for requests that bypass the gateway. */
  subgraphUrl(name: SubgraphName): string;
  /** Stops one subgraph, as an outage would. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again, fresh, on the port the gateway already knows. */
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

export interface GraphOptions {
  /** The gateway's response cache: its default shared file, a store of the test's own, or false when a test needs every read cold. */
  responseCache?: string | false;
}

/** Every subgraph of the registry as a real server on a free port, each with a fresh database, behind the real gateway. */
export async function startGraph(options: GraphOptions = {}): Promise<RunningGraph> {
  const definitions = await loadDefinitions();
  const start = (name: SubgraphName, port?: number) => startFresh(definitions.get(name)!, port);
  const subgraphs = new Map<SubgraphName, RunningSubgraph>();
  for (const name of SUBGRAPH_NAMES) subgraphs.set(name, await start(name));
  const urlOf = (name: SubgraphName) => subgraphs.get(name)!.url;
  const gateway: RunningGateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, urlOf(name)])),
    ...options,
  });
  return {
    url: gateway.url,
    subgraphUrl: urlOf,
    stopSubgraph: (name) => subgraphs.get(name)!.stop(),
    async restartSubgraph(name) {
      subgraphs.set(name, await start(name, Number(new URL(urlOf(name)).port)));
    },
    async stop() {
      await gateway.stop();
      await Promise.allSettled([...subgraphs.values()].map((subgraph) => subgraph.stop()));
    },
  };
}
