import type { RequestHandler } from 'express';
import cluster from 'node:cluster';
import { AggregatorRegistry, Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { requestFacts } from '@cnim/kit';

/** Distinct operation names a label may take: clients choose names, and each name is a time series. */
const MAX_OPERATION_LABELS = 200;

/**
 * The gateway's Prometheus metrics (prom-client), in a registry of its own so that several gateways
 * in one process (tests) never share series: requests, errors and latency by operation, and requests
 * and latency by subgraph. Served at `/metrics`; under `npm run start:cluster`, each process serves its
 * own there and the primary serves the sum of all at GATEWAY_METRICS_PORT.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cnim_gateway_' });
  // One of `npm run start:cluster`'s processes: the primary sums every process's series (cluster.ts).
  // prom-client makes a process answer the primary's requests only when it constructs an aggregator.
  if (cluster.isWorker) {
    AggregatorRegistry.setRegistries([registry]);
    new AggregatorRegistry();
  }
  const registers = [registry];
  const requests = new Counter({ name: 'cnim_gateway_requests_total', help: 'Peticiones GraphQL atendidas, por operación y estado HTTP.', labelNames: ['operation', 'status'], registers });
  const errors = new Counter({ name: 'cnim_gateway_errors_total', help: 'Errores en las respuestas, por operación y código.', labelNames: ['operation', 'code'], registers });
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

  const serve: RequestHandler = (_request, response) => {
    registry.metrics().then((text) => {
      response.type(registry.contentType).send(text);
    }, () => response.sendStatus(500));
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
