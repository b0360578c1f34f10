import { GATEWAY_DEFAULT_PORT, jwtSecret, stopOnSignals } from '@cnim/kit';
import { startGateway } from './gateway.js';
import { subgraphUrlsFromEnv } from './subgraphs.js';

const running = await startGateway({
  port: Number(process.env.GATEWAY_PORT ?? GATEWAY_DEFAULT_PORT),
  host: process.env.HOST,
  subgraphUrls: subgraphUrlsFromEnv(process.env),
  env: process.env,
});
console.log(`Gateway listo: GraphiQL y API en ${running.url}`);
if (jwtSecret(process.env).isDefault) {
  console.warn('⚠ CNIM_JWT_SECRET no está definido: los tokens se firman con el secreto de desarrollo. No lo use en producción.');
}
console.log('Leer no requiere token. Para escribir, genere un token de desarrollo: npm run token -- SALUD reporter');

stopOnSignals(() => running.stop());
