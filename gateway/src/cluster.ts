import cluster, { type Worker } from 'node:cluster';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ConfigError, readClusterConfig, type ClusterConfig } from '@cnim/kit';
import { AggregatorRegistry } from 'prom-client';
import { serveMetricsPort } from './metrics-port.js';

// `npm run start:cluster`'s gateway: GATEWAY_PROCESSES gateway processes (one per core by default),
// each the ordinary gateway (main.ts), all on one port through Node's cluster module, which hands
// each new connection to the next process in turn. They share what must be shared to answer alike:
// the response cache and the write generation live in one file (response-cache/), so a read through
// any process after a write acknowledged by another is never stale (tests/e2e/gateway-cluster.test.ts).

/** Restarts of a worker allowed within a minute before the whole cluster stops and lets its supervisor decide. */
const MAX_RESTARTS_PER_MINUTE = 5;
/** How long workers get to finish their requests on SIGTERM before they are killed. */
const STOP_TIMEOUT_MS = 10_000;

let config: ClusterConfig;
try {
  // GATEWAY_METRICS_PORT (9464 by default): where the primary serves every process's metrics summed.
  config = readClusterConfig(process.env, { processes: availableParallelism() });
} catch (error) {
  // A misconfigured cluster must not start: say which variable, and stop.
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { processes: count, metricsPort, metricsToken, host } = config;
cluster.setupPrimary({ exec: fileURLToPath(new URL('./main.ts', import.meta.url)), execArgv: ['--import', 'tsx'] });

let stopping = false;
const restarts: number[] = [];

function fork(): Worker {
  const worker = cluster.fork();
  worker.on('exit', (code, signal) => {
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts.length && restarts[0]! < now - 60_000) restarts.shift();
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      console.error(
        `Un proceso del gateway terminó ${restarts.length} veces en un minuto (último: ${signal ?? code}); se detiene el clúster.`,
      );
      void stop(1);
      return;
    }
    console.warn(`El proceso ${worker.process.pid} del gateway terminó (${signal ?? code}); se inicia otro.`);
    fork();
  });
  return worker;
}

async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (worker.isDead()) return resolve();
          const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
          worker.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          worker.process.kill('SIGTERM');
        }),
    ),
  );
  metrics?.close();
  process.exit(exitCode);
}

// A scrape of the shared port reaches one process; Prometheus scrapes this one for the whole gateway.
// In production it is the only place metrics are served (the processes' API port answers /metrics with 404).
const aggregator = new AggregatorRegistry();
const source = { contentType: aggregator.contentType, metrics: () => aggregator.clusterMetrics() };
let metrics: Server | undefined;
serveMetricsPort(() => source, { port: metricsPort, host, token: metricsToken }).then(
  (server) => {
    metrics = server;
    const { port } = server.address() as AddressInfo;
    console.log(
      `Métricas de todos los procesos: http://${host}:${port}/metrics${metricsToken ? ' (con Authorization: Bearer <CNIM_METRICS_TOKEN>)' : ''}`,
    );
  },
  (error: unknown) => {
    console.error(
      `No se pudo servir las métricas del clúster en el puerto ${metricsPort} (GATEWAY_METRICS_PORT): ${error instanceof Error ? error.message : String(error)}`,
    );
    void stop(1);
  },
);

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
// Under `npm run start:cluster`'s supervisor: if it dies without stopping us, stop rather than keep the port.
if (process.connected) process.once('disconnect', () => void stop(0));

for (let index = 0; index < count; index += 1) fork();
console.log(`Gateway en clúster: ${count} procesos en un puerto (GATEWAY_PROCESSES).`);
