import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { ConfigError, GATEWAY_DEFAULT_PORT, createLogger, readGatewayConfig, stopOnSignals, type GatewayConfig } from '@cnim/kit';
import { corsOrigins } from './cors.js';
import { startGateway } from './gateway.js';
import { metricsApart } from './metrics.js';
import { serveMetricsPort } from './metrics-port.js';

let config: GatewayConfig;
let origins: ReturnType<typeof corsOrigins>;
try {
  config = readGatewayConfig(process.env, GATEWAY_DEFAULT_PORT);
  origins = corsOrigins(process.env);
} catch (error) {
  // A misconfigured gateway must not start: say which variable, and stop.
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// Production: the metrics name every client's operations, so not on the public API port.
const metricsSource = metricsApart(config.metrics.onApiPort);
// Under `npm run start:cluster` the primary serves every process's metrics summed on that port; a
// process of the cluster serves none of its own there (cluster.ts).
const { port: metricsPort, token: metricsToken } = config.metrics;
let metricsServer: Server | undefined;
if (metricsPort !== null && !cluster.isWorker) {
  // Before the gateway listens, so that a port already taken stops it at start, naming the variable.
  metricsServer = await serveMetricsPort(metricsSource, { port: metricsPort, host: config.host, token: metricsToken }).catch(
    (error: unknown) => {
      console.error(
        `No se pudo servir las métricas en ${config.host}:${metricsPort} (GATEWAY_METRICS_PORT): ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    },
  );
}

const running = await startGateway({
  port: config.port,
  host: config.host,
  subgraphUrls: config.subgraphUrls,
  env: process.env,
  corsOrigins: origins,
  logger: createLogger('gateway', process.env),
});
console.log(`Gateway listo: GraphiQL y API en ${running.url}`);
if (metricsServer) {
  const { port } = metricsServer.address() as { port: number };
  console.log(`Métricas: http://${config.host}:${port}/metrics${metricsToken ? ' (con Authorization: Bearer <CNIM_METRICS_TOKEN>)' : ''}`);
}
for (const variable of config.defaultSecrets) {
  const why = config.emptySecrets.includes(variable) ? 'está vacío' : 'no está definido';
  console.warn(`⚠ ${variable} ${why}: se usa el secreto de desarrollo, que es público. En producción es obligatorio.`);
}
console.log('Leer no requiere token. Para escribir, genere un token de desarrollo: npm run token -- SALUD reporter');

stopOnSignals(async () => {
  await running.stop();
  await new Promise<void>((resolve) => (metricsServer ? metricsServer.close(() => resolve()) : resolve()));
});
