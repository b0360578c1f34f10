import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { sql, type Kysely } from 'kysely';
import { openDatabase, statementCount } from './database.js';
import { assertByteOrder, redactedLocation } from './postgres.js';
import type { Identity } from '../modules/reporting/identity.js';
import { createCursorCodec, type CursorCodec } from '../modules/facts/cursor.js';
import { ConfigError, DEFAULT_HOST, DEV_SECRETS, readSubgraphConfig } from './config.js';
import { identityOf, keepRawBody, verifyRequestIdentity } from './request-identity.js';
import { healthRoutes } from './health.js';
import { SILENT_LOGGER, accessLog, createLogger, requestFacts, type Logger } from './logger.js';
import { observe, requestLogPlugin } from './request-log-plugin.js';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssets, graphiqlLandingPage } from './graphiql.js';
import { loadDatasetOnce, type DatasetDatabase } from './dataset.js';
import { migrateToLatest } from './migrations.js';
import { stopOnSignals } from './shutdown.js';
import type { SubgraphName } from './registry.js';
import { SUBGRAPH_LIMITS } from '../graphql/operation-limits.js';
import { operationLimitOptions } from '../graphql/operation-limit-rules.js';
import { inputChecksPlugin } from './input-checks-plugin.js';
import { jsonBody, malformedBodyHandler } from './json-body.js';
import { createGraphQLHttpServer } from './http-server.js';
import { subgraphFormatError } from './subgraph-format-error.js';
import { responseSizeLimit } from './response-size.js';
import { openNonceStore } from './nonce-store.js';

/** Rows a subgraph ships, loaded once per database under a stable id (see loadDatasetOnce). */
export interface Dataset<DB> {
  id: string;
  load(db: Kysely<DB>): Promise<void>;
}

/** Everything the kit needs to run one subgraph; each subgraph exports one (see ministrySubgraph). */
export interface SubgraphDefinition<DB extends DatasetDatabase, Context extends BaseContext> {
  /** Its entry in the registry (graph.config.ts): service name, port, variables. */
  name: SubgraphName;
  defaultDatabase: URL;
  schema: GraphQLSchema;
  /** Migration folders, applied in this order (each by file name). */
  migrations: readonly URL[];
  /** Reference rows every start makes sure of (idempotent), before the data sets. */
  prepare?(db: Kysely<DB>): Promise<void>;
  /**
   * The rows the subgraph ships, in order: the report first, then reference data added later. Each
   * runs once per database inside a transaction, so an existing database picks up only what is new.
   */
  datasets: ReadonlyArray<Dataset<DB>>;
  createContext(db: Kysely<DB>, identity: Identity, runtime: SubgraphRuntime): Context;
  /** The database one request reads, by who asks (a ministry: a reopened cut reads as approved for those who do not edit it); the database itself by default. */
  readerDatabase?(db: Kysely<DB>, identity: Identity): Promise<Kysely<DB>>;
  /** What GraphiQL opens with when a team runs the subgraph alone. */
  exampleQuery: string;
}

/** What a running subgraph gives every request's context besides its database and identity. */
export interface SubgraphRuntime {
  /** Signs and reads the facts' cursors with this subgraph's CURSOR_SECRET. */
  cursors: CursorCodec;
}

/** A runtime with the development secrets: for tests and tools that run a subgraph in-process. */
export const DEVELOPMENT_RUNTIME: SubgraphRuntime = { cursors: createCursorCodec(DEV_SECRETS.cursor) };

export interface SubgraphOptions {
  port: number;
  host?: string;
  /** A SQLite file, `:memory:`, or a `postgres://` URL (see postgres.ts). */
  database: string;
  /** Shared with the gateway only: the key of the signature on every gateway request (development default otherwise). */
  gatewaySecret?: string;
  /** Signs the facts' cursors (development default otherwise). */
  cursorSecret?: string;
  /** Development only: verify bearer tokens sent straight to the subgraph with this key (see config.ts). */
  directTokenKey?: Uint8Array | null;
  /** Where its access lines and errors go; nothing is logged without one (tests, tools). */
  logger?: Logger;
  /** The largest answer sent (SUBGRAPH_LIMITS.maxResponseBytes by default). */
  maxResponseBytes?: number;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  /** SQL statements the subgraph's database has run so far. */
  statements(): number;
  stop(): Promise<void>;
}

/** Opens a subgraph's database, migrated to the latest schema and holding every shipped data set. */
export async function prepareSubgraphDatabase<DB extends DatasetDatabase>(
  definition: Pick<SubgraphDefinition<DB, BaseContext>, 'migrations' | 'datasets' | 'prepare'>,
  database: string,
): Promise<Kysely<DB>> {
  const db = openDatabase<DB>(database);
  try {
    await assertByteOrder(db);
    await migrateToLatest(db, definition.migrations);
    await definition.prepare?.(db);
    for (const dataset of definition.datasets) await loadDatasetOnce(db, dataset.id, (trx) => dataset.load(trx));
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** The path every subgraph (and the gateway) serves GraphQL at; GraphiQL answers a browser there. */
export const SUBGRAPH_GRAPHQL_PATH = '/graphql';

/** Migrates, seeds the report once, and serves the subgraph over HTTP at `/graphql`, with GraphiQL for a browser. */
export async function startSubgraph<DB extends DatasetDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const db = await prepareSubgraphDatabase(definition, options.database);
  const logger = options.logger ?? SILENT_LOGGER;
  const nonces = openNonceStore(options.database, db);
  const verifyIdentity = verifyRequestIdentity(
    options.gatewaySecret ?? DEV_SECRETS.gateway(definition.name),
    options.directTokenKey ?? null,
    nonces,
  );
  const runtime: SubgraphRuntime = options.cursorSecret ? { cursors: createCursorCodec(options.cursorSecret) } : DEVELOPMENT_RUNTIME;
  const app = express();
  app.set('etag', false);
  const httpServer = createGraphQLHttpServer(app);
  const server = new ApolloServer<Context>({
    schema: definition.schema,
    includeStacktraceInErrorResponses: false,
    // runSubgraph's stopOnSignals stops the server and then closes the database; Apollo's own handler
    // would re-raise the signal after stopping and kill the process with the database still open.
    stopOnTerminationSignals: false,
    formatError: subgraphFormatError(definition.name),
    ...operationLimitOptions(SUBGRAPH_LIMITS),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Nobody reads per-field traces or cache hints here, and each wraps every field's resolver: a page
      // of 1000 facts has 14.000 fields.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      graphiqlLandingPage(SUBGRAPH_GRAPHQL_PATH, definition.exampleQuery),
      requestLogPlugin(),
      inputChecksPlugin(),
    ],
  });
  await server.start();
  app.use(accessLog(logger));
  app.use(healthRoutes(async () => void (await sql`select 1`.execute(db))));
  app.use(GRAPHIQL_ASSETS_PATH, graphiqlAssets());
  app.use(
    SUBGRAPH_GRAPHQL_PATH,
    responseSizeLimit(options.maxResponseBytes ?? SUBGRAPH_LIMITS.maxResponseBytes),
    jsonBody(SUBGRAPH_LIMITS, keepRawBody),
    verifyIdentity,
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const identity = identityOf(res);
        const reads = definition.readerDatabase ? await definition.readerDatabase(db, identity) : db;
        return observe(definition.createContext(reads, identity, runtime), requestFacts(res), req.log);
      },
    }),
  );
  app.use(malformedBodyHandler);
  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, options.host ?? DEFAULT_HOST, resolve);
    });
  } catch (error) {
    await server.stop();
    await nonces.close();
    await db.destroy();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  return {
    name: definition.name,
    url: `http://${options.host ?? DEFAULT_HOST}:${port}${SUBGRAPH_GRAPHQL_PATH}`,
    statements: () => statementCount(db),
    async stop() {
      await server.stop();
      await nonces.close();
      await db.destroy();
    },
  };
}

/**
 * Entry point of a subgraph process: reads its environment, serves, and shuts down cleanly on
 * Ctrl-C or SIGTERM so the database is closed.
 */
export async function runSubgraph<DB extends DatasetDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
): Promise<void> {
  let options: ReturnType<typeof readSubgraphConfig> & { logger: Logger };
  try {
    options = { ...readSubgraphConfig(definition, process.env), logger: createLogger(definition.name, process.env) };
  } catch (error) {
    // A misconfigured subgraph must not start: say which variable, and stop.
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  for (const variable of options.defaultSecrets) {
    const why = options.emptySecrets.includes(variable) ? 'está vacío' : 'no está definido';
    console.warn(`⚠ ${variable} ${why}: se usa el secreto de desarrollo, que es público. En producción es obligatorio.`);
  }
  const running = await startSubgraph(definition, options);
  console.log(`Subgrafo ${definition.name} listo en ${running.url} (base de datos ${redactedLocation(options.database)})`);
  if (options.directTokenKey) {
    console.warn('⚠ CNIM_DEV_DIRECT_TOKENS=true: este subgrafo acepta tokens de desarrollo enviados sin el gateway. Solo para desarrollo.');
  }
  stopOnSignals(() => running.stop());
}
