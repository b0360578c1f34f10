import { stopOnSignals } from '@cnim/kit';
import { startGateway } from './gateway.js';
import { subgraphUrlsFromEnv } from './subgraphs.js';

const running = await startGateway({
  port: Number(process.env.GATEWAY_PORT ?? 4000),
  host: process.env.HOST,
  subgraphUrls: subgraphUrlsFromEnv(process.env),
});
console.log(`Gateway listo: GraphiQL y API en ${running.url}`);

stopOnSignals(() => running.stop());
