import { ConfigError, GATEWAY_DEFAULT_PORT, createLogger, readGatewayConfig, stopOnSignals } from '@cnim/kit';
import { corsOrigins } from './cors.js';
import { startGateway } from './gateway.js';

let config;
let origins;
try {
  config = readGatewayConfig(process.env, GATEWAY_DEFAULT_PORT);
  origins = corsOrigins(process.env);
} catch (error) {
  // A misconfigured gateway must not start: say which variable, and stop.
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
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
for (const variable of config.defaultSecrets) {
  console.warn(`⚠ ${variable} no está definido: se usa el secreto de desarrollo, que es público. En producción es obligatorio.`);
}
console.log('Leer no requiere token. Para escribir, genere un token de desarrollo: npm run token -- SALUD reporter');

stopOnSignals(() => running.stop());
