import { startGateway, type RunningGateway } from '@cnim/gateway';
import type { SubgraphName } from '@cnim/gateway/subgraphs';
import { educacion } from '@cnim/educacion';
import { igualdad } from '@cnim/igualdad';
import type { RunningSubgraph } from '@cnim/kit';
import { salud } from '@cnim/salud';
import { sena } from '@cnim/sena';
import { trabajo } from '@cnim/trabajo';
import { startFresh } from './subgraph.js';

const START: Record<SubgraphName, (port?: number) => Promise<RunningSubgraph>> = {
  igualdad: (port) => startFresh(igualdad, port),
  salud: (port) => startFresh(salud, port),
  sena: (port) => startFresh(sena, port),
  educacion: (port) => startFresh(educacion, port),
  trabajo: (port) => startFresh(trabajo, port),
};
const NAMES = Object.keys(START) as SubgraphName[];

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

/** The five real subgraph servers on free ports, each with a fresh database, behind the real gateway. */
export async function startGraph(): Promise<RunningGraph> {
  const subgraphs = new Map<SubgraphName, RunningSubgraph>();
  for (const name of NAMES) subgraphs.set(name, await START[name]());
  const urlOf = (name: SubgraphName) => subgraphs.get(name)!.url;
  const gateway: RunningGateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(NAMES.map((name) => [name, urlOf(name)])),
  });
  return {
    url: gateway.url,
    subgraphUrl: urlOf,
    stopSubgraph: (name) => subgraphs.get(name)!.stop(),
    async restartSubgraph(name) {
      subgraphs.set(name, await START[name](Number(new URL(urlOf(name)).port)));
    },
    async stop() {
      await gateway.stop();
      await Promise.allSettled([...subgraphs.values()].map((subgraph) => subgraph.stop()));
    },
  };
}
