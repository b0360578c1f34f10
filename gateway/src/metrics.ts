import type { RequestHandler } from 'express';
import cluster from 'node:cluster';
import { AggregatorRegistry, Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { requestFacts } from '@cnim/kit';

/** Distinct operation names a label may take: clients choose names, and each name is a time series. */
const MAX_OPERATION_LABELS = 200;

/**
 * Where the gateway of this process serves its metrics, when main.ts has said. The labels name every
 * client's operations, so in production they are served only on a port of their own (metrics-port.ts),
 * and the API port answers /metrics as any unknown path: 404. gateway.ts mounts `serve` without knowing
 * the configuration; main.ts, which reads it, decides here before it starts the gateway (one gateway per
 * process). A gateway started any other way (the tests) keeps them on its API port, as development does.
 */
let placement: { onApiPort: boolean; registry?: Registry } | null = null;

/**
 * Keeps the registry of the gateway this process is about to start for a metrics port of its own, and
 * says whether `/metrics` stays on the API port too. Returns what a scrape of that port reads: null
 * until the gateway has started.
 */
export function metricsApart(onApiPort: boolean): () => { contentType: string; metrics(): Promise<string> } | null {
  placement = { onApiPort };
  return () => placement?.registry ?? null;
}

/**
 * The gateway's Prometheus metrics (prom-client), in a registry of its own so that several gateways
 * in one process (tests) never share series: requests, errors and latency by operation, and requests
 * and latency by subgraph. Served at `/metrics` in development; under `npm run start:cluster`, each process
 * serves its own there and the primary serves the sum of all at GATEWAY_METRICS_PORT. In production only
 * GATEWAY_METRICS_PORT serves them (metricsApart).
 */
export function createMetrics() {
  const registry = new Registry();
  if (placement) placement.registry = registry;
  collectDefaultMetrics({ register: registry, prefix: 'cnim_gateway_' });
  // One of `npm run start:cluster`'s processes: the primary sums every process's series (cluster.ts).
  // prom-client makes a process answer the primary's requests only when it constructs an aggregator.
  if (cluster.isWorker) {
    AggregatorRegistry.setRegistries([registry]);
    new AggregatorRegistry();
  }
  const registers = [registry];
  const requests = new Counter({
    name: 'cnim_gateway_requests_total',
    help: 'Peticiones GraphQL atendidas, por operación y estado HTTP.',
    labelNames: ['operation', 'status'],
    registers,
  });
  const errors = new Counter({
    name: 'cnim_gateway_errors_total',
    help: 'Errores en las respuestas, por operación y código.',
    labelNames: ['operation', 'code'],
    registers,
  });
  const duration = new Histogram({
    name: 'cnim_gateway_request_duration_seconds',
    help: 'Duración de las peticiones GraphQL, por operación.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const subgraphRequests = new Counter({
    name: 'cnim_gateway_subgraph_requests_total',
    help: 'Peticiones del gateway a cada subgrafo, por resultado (ok, error).',
    labelNames: ['subgraph', 'outcome'],
    registers,
  });
  const subgraphDuration = new Histogram({
    name: 'cnim_gateway_subgraph_duration_seconds',
    help: 'Duración de las peticiones del gateway a cada subgrafo.',
    labelNames: ['subgraph'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name) return 'anonima';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'otra';
    seen.add(name);
    return name;
  };

  /** Counts each GraphQL request when its answer has gone out, with what the GraphQL layer learnt. */
  const measure: RequestHandler = (_request, response, next) => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const facts = requestFacts(response);
      const operation = operationLabel(facts.operationName);
      requests.inc({ operation, status: String(response.statusCode) });
      duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
      for (const code of facts.errorCodes ?? []) errors.inc({ operation, code });
    });
    next();
  };

  const serve: RequestHandler = (_request, response, next) => {
    // Off the API port: on to the next route, so /metrics is told apart from no other unknown path.
    if (placement && !placement.onApiPort) return next();
    registry.metrics().then(
      (text) => {
        response.type(registry.contentType).send(text);
      },
      () => response.sendStatus(500),
    );
  };

  return {
    measure,
    serve,
    observeSubgraph(subgraph: string, seconds: number, outcome: 'ok' | 'error') {
      subgraphRequests.inc({ subgraph, outcome });
      subgraphDuration.observe({ subgraph }, seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
