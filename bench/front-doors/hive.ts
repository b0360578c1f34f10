import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayConfigSupergraph } from '@graphql-hive/gateway';

export interface RunningHive {
  url: string;
  stop(): Promise<void>;
}

/** What may differ between the Hive doors: who plans and executes a federated query. */
export interface HiveOptions {
  /** Hive's JavaScript planner (the stitching runtime) when absent. */
  unifiedGraphHandler?: GatewayConfigSupergraph['unifiedGraphHandler'];
}

/**
 * Hive Gateway's runtime (what its CLI runs in each worker) on one Node process, serving the given
 * supergraph. Its defaults are kept, except what only a browser or a registry would use.
 */
export async function startHiveGateway(supergraphSdl: string, options: HiveOptions = {}): Promise<RunningHive> {
  const runtime = createGatewayRuntime({
    supergraph: supergraphSdl,
    graphiql: false,
    landingPage: false,
    logging: false,
    ...options,
  });
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${runtime.graphqlEndpoint}`,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}
