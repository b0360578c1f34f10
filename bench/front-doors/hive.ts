import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway';

export interface RunningHive {
  url: string;
  stop(): Promise<void>;
}

/**
 * Hive Gateway's runtime (what its CLI runs in each worker) on one Node process, serving the given
 * supergraph. Its defaults are kept, except what only a browser or a registry would use.
 */
export async function startHiveGateway(supergraphSdl: string): Promise<RunningHive> {
  const runtime = createGatewayRuntime({
    supergraph: supergraphSdl,
    graphiql: false,
    landingPage: false,
    logging: false,
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
