import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { corsMiddleware } from './cors.js';
import { factsExport } from './exports/facts-export.js';
import { BadParameter } from './exports/query-parameters.js';
import { indicatorsExport } from './exports/indicators-export.js';
import { graphClient } from './graph-client.js';
import { reportPage, reportPdf } from './report/report-page.js';
import { pdfPrinter } from './report/pdf-printer.js';
import { launchChromium } from './chromium.js';
import {
  DEFAULT_HOST,
  GATEWAY_DEFAULT_PORT,
  GATEWAY_LIMITS,
  GRAPHIQL_ASSETS_PATH,
  SIGNATURE_HEADERS,
  SILENT_LOGGER,
  SUBGRAPHS,
  accessLog,
  createGraphQLHttpServer,
  graphiqlAssets,
  graphiqlLandingPage,
  healthRoutes,
  inputChecksPlugin,
  jsonBody,
  malformedBodyHandler,
  observe,
  operationLimitOptions,
  readGatewayConfig,
  requestFacts,
  requestLogPlugin,
  responseSizeLimit,
  signRequest,
  type Logger,
} from '@cnim/kit';
import { DASHBOARD_PATH, dashboard } from './dashboard.js';
import { createMetrics } from './metrics.js';
import { formatError } from './format-error.js';
import { contextFromRequest, type GatewayContext } from './identity.js';
import { openResponseCache } from './response-cache/open-response-cache.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { withFetchBudget, type FetchBudget } from './fetch-budget.js';
import { honestCachedAnswers } from './honest-cached-answers.js';
import { subgraphHealth } from './subgraph-health.js';
import { registeredOperationsOnly } from './registered-operations.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';
import { SUPERGRAPH_FILE, type SubgraphName } from './subgraphs.js';

export interface GatewayOptions {
  port: number;
  host?: string;
  /** Where each subgraph listens; a subgraph not named here uses the URL in the supergraph. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** The composed supergraph; defaults to the committed supergraph.graphql. */
  supergraphSdl?: string;
  /** Secrets come from here (CNIM_JWT_SECRET, <SUBGRAPH>_GATEWAY_SECRET), validated by the kit's config; development defaults otherwise. */
  env?: NodeJS.ProcessEnv;
  /**
   * The response cache's shared store (a file, or a `postgres://` URL for gateways on several machines),
   * or false to serve every read cold; CNIM_RESPONSE_CACHE otherwise (`off`, a path or a URL), and
   * gateway/data/response-cache.sqlite by default.
   */
  responseCache?: string | false;
  /** Where access lines, errors and authentication failures go; nothing is logged without one. */
  logger?: Logger;
  /** The budget of fetches across subgraphs (fetch-budget.ts); `false` only to measure what it prevents (bench/planning-attack.ts). */
  fetchBudget?: FetchBudget | false;
  /** The largest answer sent (GATEWAY_LIMITS.maxResponseBytes by default): a larger one is replaced by an error. */
  maxResponseBytes?: number;
  /** Browser origins allowed by CORS (corsOrigins reads CNIM_CORS_ORIGINS); the gateway's own and local development ports by default. */
  corsOrigins?: '*' | string[] | null;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/** What GraphiQL opens with at the gateway: the whole plan, across every subgraph. */
const WHOLE_PLAN_QUERY = '{\n  plan {\n    overallProgressPercent\n    actions { number ministry title }\n  }\n}\n';

/**
 * Serves the committed supergraph: the query plan is fixed at build time, so no subgraph needs to be
 * up for the gateway to start, and a subgraph that comes back is used again on the next request.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  // @apollo/gateway 2.14 otherwise probes cloud metadata addresses (AWS, GCP, Azure) and exports
  // usage metrics to Apollo from its constructor. Plan data and traffic stay on this deployment.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const config = readGatewayConfig(options.env ?? {}, GATEWAY_DEFAULT_PORT);
  const fetcherOf = (name: SubgraphName) =>
    createSubgraphFetcher((headers, body) => signRequest(config.gatewaySecrets[name], headers[SIGNATURE_HEADERS.identity] ?? '', body));
  const ownerOf = new Map<string, string>(SUBGRAPHS.map(({ name, owner }) => [name, owner]));
  const logger = options.logger ?? SILENT_LOGGER;
  const metrics = createMetrics();
  const health = subgraphHealth();
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8');
  const cache = openResponseCache(
    options.responseCache ?? config.responseCache,
    config.responseCacheTtlSeconds,
    supergraphSdl,
    options.subgraphUrls ?? {},
  );
  const gateway = new ApolloGateway({
    // A plan of the benchmark's operations weighs 1–4 KB (docs/performance.md): 4 MiB keeps about a
    // thousand distinct operations planned, far more than the dashboards, BI connectors and analysts send.
    experimental_approximateQueryPlanStoreMiB: 4,
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        name,
        ownerOf.get(name) ?? name,
        options.subgraphUrls?.[name as SubgraphName] ?? url ?? '',
        fetcherOf(name as SubgraphName),
        metrics.observeSubgraph,
        health,
      ),
  });
  const app = express();
  // An ETag hashes every answer (600 KB for all municipalities) for a revalidation no GraphQL client does.
  app.set('etag', false);
  const httpServer = createGraphQLHttpServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError,
    // Operation limits are checked before the query plan: an alias bomb is refused in milliseconds, and
    // so is an operation that would make more fetches across subgraphs than any known one (fetch-budget.ts).
    ...(options.fetchBudget === false
      ? operationLimitOptions(GATEWAY_LIMITS)
      : withFetchBudget(operationLimitOptions(GATEWAY_LIMITS), supergraphSdl, options.fetchBudget)),
    // BI connectors send plain GET requests without preflight headers. CSRF protection guards
    // cookie sessions, and this API has none: reading is public and writes will carry bearer tokens.
    csrfPrevention: false,
    // main.ts's stopOnSignals stops the server; Apollo's own handler would re-raise the signal first.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      graphiqlLandingPage(GRAPHQL_PATH, WHOLE_PLAN_QUERY),
      requestLogPlugin(),
      inputChecksPlugin(),
      ...(config.anonymousOperations === 'registered' ? [registeredOperationsOnly()] : []),
      ...cache.plugins,
    ],
  });
  await server.start();
  const contextOf = contextFromRequest(config.jwtKey);
  app.use(accessLog(logger));
  app.use(corsMiddleware(options.corsOrigins ?? null));
  // The gateway is ready once it serves: it needs no subgraph to start, and reports each one's outage per request.
  app.use(healthRoutes(async () => {}));
  app.get('/metrics', metrics.serve);
  app.use(GRAPHIQL_ASSETS_PATH, graphiqlAssets());
  app.use(DASHBOARD_PATH, dashboard());
  // The subcommission's pages and exports are clients of the graph, with the asking request's identity.
  const graphOf = async (req: express.Request) => {
    try {
      return graphClient(server, await contextOf({ req }));
    } catch (error) {
      // A page or an export asked with a bad token gets the token's reason, as /graphql gives it.
      throw new BadParameter(error instanceof Error ? error.message : String(error), 401);
    }
  };
  app.get('/export/hechos.csv', factsExport(graphOf));
  app.get('/export/indicadores.csv', indicatorsExport(graphOf));
  app.get('/informe', reportPage(graphOf));
  const printer = pdfPrinter(() => launchChromium());
  app.get('/informe.pdf', reportPdf(graphOf, printer));
  app.use(
    GRAPHQL_PATH,
    metrics.measure,
    responseSizeLimit(options.maxResponseBytes ?? GATEWAY_LIMITS.maxResponseBytes),
    honestCachedAnswers(health),
    jsonBody(GATEWAY_LIMITS),
    expressMiddleware(server, { context: async ({ req, res }) => observe(await contextOf({ req }), requestFacts(res), req.log) }),
  );
  app.use(malformedBodyHandler);
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? DEFAULT_HOST, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host ?? DEFAULT_HOST}:${port}${GRAPHQL_PATH}`,
    stop: async () => {
      await server.stop();
      await printer.close();
      await cache.close();
    },
  };
}
