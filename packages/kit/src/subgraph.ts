import { fileURLToPath } from 'node:url';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import type { ActionDatabase } from './actions.js';
import type { AuditDatabase } from './audit.js';
import type { ApprovalDatabase } from './period-approval.js';
import type { IndicatorDatabase } from './indicators.js';
import { openDatabase, statementCount } from './database.js';
import { gatewaySecret, identityFromHeaders, type Identity } from './identity.js';
import { loadDatasetOnce, type DatasetDatabase } from './dataset.js';
import { migrateToLatest } from './migrations.js';
import { stopOnSignals } from './shutdown.js';
import { seedPeriods, type PeriodDatabase } from './periods.js';
import { seedTerritories, type TerritoryDatabase } from './territory.js';

export type SubgraphDatabase = TerritoryDatabase &
  PeriodDatabase &
  ActionDatabase &
  IndicatorDatabase &
  AuditDatabase &
  ApprovalDatabase &
  DatasetDatabase;

/** Rows a subgraph ships, loaded once per database under a stable id (see loadDatasetOnce). */
export interface Dataset<DB> {
  id: string;
  load(db: Kysely<DB>): Promise<void>;
}

/** Everything the kit needs to run one ministry's subgraph; each subgraph exports one. */
export interface SubgraphDefinition<DB extends SubgraphDatabase, Context extends BaseContext> {
  /** Service name in the supergraph and prefix of its environment variables, e.g. `salud`. */
  name: string;
  defaultPort: number;
  defaultDatabase: URL;
  schema: GraphQLSchema;
  migrations: URL;
  /**
   * The rows the subgraph ships, in order: the report first, then reference data added later. Each
   * runs once per database inside a transaction, so an existing database picks up only what is new.
   */
  datasets: ReadonlyArray<Dataset<DB>>;
  createContext(db: Kysely<DB>, identity: Identity): Context;
}

export interface SubgraphOptions {
  port: number;
  host?: string;
  databasePath: string;
  /** Shared with the gateway only: identities are trusted only on requests that carry it. */
  gatewaySecret?: string;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  /** SQL statements the subgraph's database has run so far. */
  statements(): number;
  stop(): Promise<void>;
}

/** `SALUD_PORT` and `SALUD_DB_PATH` (for example) override the defaults. */
export function subgraphOptionsFromEnv(
  definition: { name: string; defaultPort: number; defaultDatabase: URL },
  env: NodeJS.ProcessEnv,
): SubgraphOptions {
  const prefix = definition.name.toUpperCase();
  const port = env[`${prefix}_PORT`];
  return {
    port: port === undefined ? definition.defaultPort : Number(port),
    host: env.HOST,
    databasePath: env[`${prefix}_DB_PATH`] ?? fileURLToPath(definition.defaultDatabase),
    gatewaySecret: gatewaySecret(definition.name, env).secret,
  };
}

/** Opens a subgraph's database, migrated to the latest schema and holding every shipped data set. */
export async function prepareSubgraphDatabase<DB extends SubgraphDatabase>(
  definition: Pick<SubgraphDefinition<DB, BaseContext>, 'migrations' | 'datasets'>,
  databasePath: string,
): Promise<Kysely<DB>> {
  const db = openDatabase<DB>(databasePath);
  try {
    await migrateToLatest(db, definition.migrations);
    await seedTerritories(db);
    await seedPeriods(db);
    for (const dataset of definition.datasets) await loadDatasetOnce(db, dataset.id, (trx) => dataset.load(trx));
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** Migrates, seeds the report once, and serves the subgraph over HTTP at `/graphql`. */
export async function startSubgraph<DB extends SubgraphDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const db = await prepareSubgraphDatabase(definition, options.databasePath);
  const secret = options.gatewaySecret ?? gatewaySecret(definition.name, {}).secret;
  const server = new ApolloServer<Context>({
    schema: definition.schema,
    includeStacktraceInErrorResponses: false,
    // Nobody reads per-field traces or cache hints here, and each wraps every field's resolver: a page
    // of 1000 facts has 14.000 fields.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host },
    context: async ({ req }) => definition.createContext(db, identityFromHeaders(req.headers, secret)),
  });
  return {
    name: definition.name,
    url: new URL('graphql', url).href,
    statements: () => statementCount(db),
    async stop() {
      await server.stop();
      await db.destroy();
    },
  };
}

/**
 * Entry point of a subgraph process: reads its environment, serves, and shuts down cleanly on
 * Ctrl-C or SIGTERM so the database is closed.
 */
export async function runSubgraph<DB extends SubgraphDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
): Promise<void> {
  const options = subgraphOptionsFromEnv(definition, process.env);
  if (gatewaySecret(definition.name, process.env).isDefault) {
    console.warn(
      `⚠ ${definition.name.toUpperCase()}_GATEWAY_SECRET no está definido: se usa el secreto de desarrollo. No lo use en producción.`,
    );
  }
  const running = await startSubgraph(definition, options);
  console.log(`Subgrafo ${definition.name} listo en ${running.url} (base de datos ${options.databasePath})`);
  stopOnSignals(() => running.stop());
}
