import { fileURLToPath } from 'node:url';
import { EnvError, EnvMissingError, bool, cleanEnv, makeValidator, str } from 'envalid';
import { SUBGRAPHS, subgraphEntry, subgraphVariables, type SubgraphName } from './registry.js';
import { isPostgresLocation } from './postgres.js';
import { optionalSecret, secretValue, sharedSecrets, withoutEmpty } from './secrets.js';

export { MIN_SECRET_BYTES } from './secrets.js';

/**
 * Every service's environment, validated with envalid before anything starts. In development the
 * secrets have public defaults (they are in this file), used with a warning; a secret set but empty is
 * the same as one not set, and the warning says it is empty. In production (`NODE_ENV=production`) a
 * secret that is missing, empty, equal to its development default, shorter than 32 bytes or plainly not
 * random (secrets.ts), or one subgraph key shared with another secret, stops the service at
 * start with a message naming the variable.
 */

/** Development defaults: public, so refused in production. Each is long enough to pass the length rule. */
export const DEV_SECRETS = {
  jwt: 'cnim-graph-secreto-de-desarrollo-no-usar-en-produccion',
  cursor: 'cnim-graph-cursores-de-desarrollo-no-usar-en-produccion',
  gateway: (subgraph: string) => `cnim-graph-firma-de-desarrollo-${subgraph}-no-usar-en-produccion`,
} as const;

/** The interface services bind to unless `HOST` says otherwise: this machine only. */
export const DEFAULT_HOST = '127.0.0.1';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const portNumber = makeValidator((input: string) => {
  const value = Number(input);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new EnvError('debe ser un puerto entre 0 y 65535');
  return value;
});

/** A Postgres server for a subgraph's database; absent means SQLite. */
const postgresUrl = makeValidator<string | undefined>((input: string) => {
  // The scheme that makes openDatabase choose Postgres, and a server named in it.
  if (!isPostgresLocation(input) || !URL.canParse(input) || !new URL(input).host)
    throw new EnvError('debe ser una URL postgres://usuario:clave@servidor:puerto/base');
  return input;
});

/** Production refuses one secret in two variables; each group is one line naming them all. */
function refuseShared(production: boolean, nodeEnv: string | undefined, values: ReadonlyArray<readonly [string, string]>): void {
  if (!production) return;
  const groups = sharedSecrets(values);
  if (!groups.length) return;
  const lines = groups.map(
    (variables) =>
      `- ${variables.join(', ')}: tienen el mismo valor; cada uno necesita el suyo, o quien conoce uno firma también por los otros`,
  );
  throw new ConfigError(`Configuración inválida (NODE_ENV=${nodeEnv}):\n${lines.join('\n')}`);
}

/**
 * Runs envalid over variables renamed to fixed keys (so the result is typed), and reports any error
 * under the variable's real name. Never exits the process itself: the caller decides.
 */
function clean<S extends Record<string, unknown>>(
  raw: Record<string, string | undefined>,
  names: Record<keyof S & string, string>,
  specs: S,
) {
  return cleanEnv(raw, specs, {
    reporter: ({ errors }) => {
      const lines = Object.entries(errors).map(([key, error]) => {
        const name = names[key as keyof S & string] ?? key;
        const why = error instanceof EnvMissingError ? 'falta; es obligatorio en producción' : (error as Error).message;
        return `- ${name}: ${why}`;
      });
      if (lines.length)
        throw new ConfigError(`Configuración inválida${raw.NODE_ENV ? ` (NODE_ENV=${raw.NODE_ENV})` : ''}:\n${lines.join('\n')}`);
    },
  });
}

/** Which development secrets are in use (not set, or set but empty), so each service can say so at start. */
function defaultsInUse(env: NodeJS.ProcessEnv, variables: readonly string[]): string[] {
  return variables.filter((name) => !env[name]);
}

/** Which of those were set but empty: the warning must say "vacío", not "no está definido". */
function emptyInUse(env: NodeJS.ProcessEnv, variables: readonly string[]): string[] {
  return variables.filter((name) => env[name] === '');
}

export interface SubgraphConfig {
  port: number;
  host: string;
  /** `<NAME>_DATABASE_URL` (Postgres) when given, else `<NAME>_DB_PATH` (SQLite). */
  database: string;
  production: boolean;
  /** Shared with the gateway only: the key of the signature every gateway request carries. */
  gatewaySecret: string;
  /** Signs the facts' cursors. */
  cursorSecret: string;
  /** Development only: verify bearer tokens sent straight to the subgraph with this key. */
  directTokenKey: Uint8Array | null;
  /** Development secrets in use (empty in production). */
  defaultSecrets: string[];
  /** Those of defaultSecrets that are set but empty. */
  emptySecrets: string[];
}

/** A subgraph's configuration: `<NAME>_PORT`, `<NAME>_DATABASE_URL` or `<NAME>_DB_PATH`, `<NAME>_GATEWAY_SECRET`, `CURSOR_SECRET`, `HOST`… */
export function readSubgraphConfig(definition: { name: SubgraphName; defaultDatabase: URL }, env: NodeJS.ProcessEnv): SubgraphConfig {
  const variables = subgraphVariables(definition.name);
  const production = env.NODE_ENV === 'production';
  const names = {
    PORT: variables.port,
    HOST: 'HOST',
    DB_PATH: variables.databasePath,
    DATABASE_URL: variables.databaseUrl,
    GATEWAY_SECRET: variables.gatewaySecret,
    CURSOR_SECRET: 'CURSOR_SECRET',
    DIRECT_TOKENS: 'CNIM_DEV_DIRECT_TOKENS',
    JWT_SECRET: 'CNIM_JWT_SECRET',
  };
  const cleaned = clean(
    withoutEmpty(
      production,
      { NODE_ENV: env.NODE_ENV, ...Object.fromEntries(Object.entries(names).map(([key, name]) => [key, env[name]])) },
      ['GATEWAY_SECRET', 'CURSOR_SECRET', 'JWT_SECRET'],
    ),
    names,
    {
      PORT: portNumber({ default: subgraphEntry(definition.name).defaultPort }),
      HOST: str({ default: DEFAULT_HOST }),
      DB_PATH: str({ default: fileURLToPath(definition.defaultDatabase) }),
      DATABASE_URL: postgresUrl({ default: undefined }),
      GATEWAY_SECRET: secretValue(production, DEV_SECRETS.gateway(definition.name)),
      CURSOR_SECRET: secretValue(production, DEV_SECRETS.cursor),
      DIRECT_TOKENS: bool({ default: false }),
      // Only the development mode reads it, and that mode is refused in production.
      JWT_SECRET: str({ default: DEV_SECRETS.jwt }),
    },
  );
  if (cleaned.DIRECT_TOKENS && production) {
    throw new ConfigError('CNIM_DEV_DIRECT_TOKENS=true es solo para desarrollo: en producción las escrituras llegan por el gateway.');
  }
  // CURSOR_SECRET is shared by every ministry subgraph: as this one's gateway key, any of them could sign as the gateway here.
  refuseShared(production, env.NODE_ENV, [
    [variables.gatewaySecret, cleaned.GATEWAY_SECRET],
    ['CURSOR_SECRET', cleaned.CURSOR_SECRET],
  ]);
  return {
    port: cleaned.PORT,
    host: cleaned.HOST,
    database: cleaned.DATABASE_URL ?? cleaned.DB_PATH,
    production,
    gatewaySecret: cleaned.GATEWAY_SECRET,
    cursorSecret: cleaned.CURSOR_SECRET,
    directTokenKey: cleaned.DIRECT_TOKENS ? new TextEncoder().encode(cleaned.JWT_SECRET) : null,
    defaultSecrets: production ? [] : defaultsInUse(env, [variables.gatewaySecret, 'CURSOR_SECRET']),
    emptySecrets: production ? [] : emptyInUse(env, [variables.gatewaySecret, 'CURSOR_SECRET']),
  };
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  jwtKey: Uint8Array;
  /** Each subgraph's signing key, shared with that subgraph only. */
  gatewaySecrets: Record<SubgraphName, string>;
  /** `<NAME>_URL` where a subgraph runs elsewhere than the supergraph's default address. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /**
   * `CNIM_RESPONSE_CACHE`: the file every gateway process of a machine shares for the response cache, a
   * `postgres://` URL every gateway on any machine shares, `off` to serve every read cold, or null for the
   * gateway's default file.
   */
  responseCache: string | null;
  /** `CNIM_RESPONSE_CACHE_TTL`: seconds an answer is kept, the bound on a change that did not go through a gateway. */
  responseCacheTtlSeconds: number;
  metrics: MetricsPlacement;
  /**
   * `CNIM_ANONYMOUS_OPERATIONS`: `any` (the default) lets a request without a token run any operation
   * within the limits; `registered` only those in `operations/`, as a persisted-query safelist.
   */
  anonymousOperations: 'any' | 'registered';
  /** Development secrets in use (empty in production). */
  defaultSecrets: string[];
  /** Those of defaultSecrets that are set but empty. */
  emptySecrets: string[];
}

/**
 * Where the gateway's Prometheus metrics are served. Their labels name the operations every client
 * sends, so production keeps them off the public API port (docs/security.md).
 */
export interface MetricsPlacement {
  /** `/metrics` on the API port: development only. */
  onApiPort: boolean;
  /** `GATEWAY_METRICS_PORT`, on HOST: in production 9464 by default; in development only when it is set. */
  port: number | null;
  /** `CNIM_METRICS_TOKEN`: when set, a scrape of that port must send `Authorization: Bearer <token>`. */
  token: string | null;
}

/** Where metrics go when GATEWAY_METRICS_PORT is not set: Prometheus's conventional port for a Node exporter's own. */
export const DEFAULT_METRICS_PORT = 9464;

const positiveSeconds = makeValidator((input: string) => {
  const value = Number(input);
  if (!Number.isInteger(value) || value < 1) throw new EnvError('debe ser un número entero de segundos, 1 o más');
  return value;
});

/** The gateway's configuration: `GATEWAY_PORT`, `HOST`, `CNIM_JWT_SECRET`, every `<NAME>_GATEWAY_SECRET` and `<NAME>_URL`. */
export function readGatewayConfig(env: NodeJS.ProcessEnv, defaultPort: number): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const secretNames = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, subgraphVariables(name).gatewaySecret])) as Record<
    SubgraphName,
    string
  >;
  const urlNames = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, subgraphVariables(name).url])) as Record<SubgraphName, string>;
  const names = {
    PORT: 'GATEWAY_PORT',
    HOST: 'HOST',
    JWT_SECRET: 'CNIM_JWT_SECRET',
    CACHE: 'CNIM_RESPONSE_CACHE',
    CACHE_TTL: 'CNIM_RESPONSE_CACHE_TTL',
    METRICS_PORT: 'GATEWAY_METRICS_PORT',
    METRICS_TOKEN: 'CNIM_METRICS_TOKEN',
    ANONYMOUS_OPERATIONS: 'CNIM_ANONYMOUS_OPERATIONS',
  };
  const raw = {
    NODE_ENV: env.NODE_ENV,
    PORT: env.GATEWAY_PORT,
    HOST: env.HOST,
    JWT_SECRET: env.CNIM_JWT_SECRET,
    CACHE: env.CNIM_RESPONSE_CACHE,
    CACHE_TTL: env.CNIM_RESPONSE_CACHE_TTL,
    // An empty port or token means none set, as `npm run start:cluster` reads them.
    METRICS_PORT: env.GATEWAY_METRICS_PORT || undefined,
    METRICS_TOKEN: env.CNIM_METRICS_TOKEN || undefined,
    ANONYMOUS_OPERATIONS: env.CNIM_ANONYMOUS_OPERATIONS || undefined,
    ...Object.fromEntries(Object.values(secretNames).map((name) => [name, env[name]])),
  };
  const cleaned = clean(
    withoutEmpty(production, raw, ['JWT_SECRET', ...Object.values(secretNames)]),
    { ...names, ...Object.fromEntries(Object.values(secretNames).map((name) => [name, name])) },
    {
      PORT: portNumber({ default: defaultPort }),
      HOST: str({ default: DEFAULT_HOST }),
      JWT_SECRET: secretValue(production, DEV_SECRETS.jwt),
      CACHE: str({ default: '' }),
      CACHE_TTL: positiveSeconds({ default: 60 }),
      METRICS_PORT: portNumber({ default: production ? DEFAULT_METRICS_PORT : undefined }),
      METRICS_TOKEN: optionalSecret(production),
      ANONYMOUS_OPERATIONS: str({ choices: ['any', 'registered'], default: 'any' }),
      ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [secretNames[name], secretValue(production, DEV_SECRETS.gateway(name))])),
    },
    // One call, so every invalid variable is reported at once; the secrets' keys are computed from the registry.
  ) as unknown as {
    PORT: number;
    HOST: string;
    JWT_SECRET: string;
    CACHE: string;
    CACHE_TTL: number;
    METRICS_PORT?: number;
    METRICS_TOKEN?: string;
    ANONYMOUS_OPERATIONS: 'any' | 'registered';
  } & Record<string, string>;
  refuseShared(production, env.NODE_ENV, [
    ['CNIM_JWT_SECRET', cleaned.JWT_SECRET],
    ...Object.values(secretNames).map((name) => [name, cleaned[name]!] as const),
  ]);
  return {
    port: cleaned.PORT,
    host: cleaned.HOST,
    production,
    jwtKey: new TextEncoder().encode(cleaned.JWT_SECRET),
    gatewaySecrets: Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, cleaned[secretNames[name]]!])) as Record<SubgraphName, string>,
    subgraphUrls: Object.fromEntries(SUBGRAPHS.flatMap(({ name }) => (env[urlNames[name]] ? [[name, env[urlNames[name]]!]] : []))),
    responseCache: cleaned.CACHE === '' ? null : cleaned.CACHE,
    responseCacheTtlSeconds: cleaned.CACHE_TTL,
    metrics: { onApiPort: !production, port: cleaned.METRICS_PORT ?? null, token: cleaned.METRICS_TOKEN ?? null },
    anonymousOperations: cleaned.ANONYMOUS_OPERATIONS,
    defaultSecrets: production ? [] : defaultsInUse(env, ['CNIM_JWT_SECRET', ...Object.values(secretNames)]),
    emptySecrets: production ? [] : emptyInUse(env, ['CNIM_JWT_SECRET', ...Object.values(secretNames)]),
  };
}

export interface ClusterConfig {
  /** `GATEWAY_PROCESSES`: gateway processes sharing the port. */
  processes: number;
  /** `GATEWAY_METRICS_PORT`: where the primary serves every process's metrics summed (0: any free port). */
  metricsPort: number;
  /** `CNIM_METRICS_TOKEN`: when set, a scrape must send `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  host: string;
}

const processCount = makeValidator((input: string) => {
  const value = Number(input);
  if (!Number.isInteger(value) || value < 1 || value > 64)
    throw new EnvError(`debe ser un número entero de procesos entre 1 y 64; se recibió "${input}"`);
  return value;
});

/** `npm run start:cluster`'s configuration, with the same rules and messages as every service's. */
export function readClusterConfig(env: NodeJS.ProcessEnv, defaults: { processes: number; metricsPort?: number }): ClusterConfig {
  const production = env.NODE_ENV === 'production';
  const names = { PROCESSES: 'GATEWAY_PROCESSES', METRICS_PORT: 'GATEWAY_METRICS_PORT', METRICS_TOKEN: 'CNIM_METRICS_TOKEN', HOST: 'HOST' };
  const cleaned = clean(
    // An empty variable means the default, as an absent one does.
    {
      NODE_ENV: env.NODE_ENV,
      PROCESSES: env.GATEWAY_PROCESSES || undefined,
      METRICS_PORT: env.GATEWAY_METRICS_PORT || undefined,
      METRICS_TOKEN: env.CNIM_METRICS_TOKEN || undefined,
      HOST: env.HOST,
    },
    names,
    {
      PROCESSES: processCount({ default: defaults.processes }),
      METRICS_PORT: portNumber({ default: defaults.metricsPort ?? DEFAULT_METRICS_PORT }),
      METRICS_TOKEN: optionalSecret(production),
      HOST: str({ default: DEFAULT_HOST }),
    },
  );
  return {
    processes: cleaned.PROCESSES,
    metricsPort: cleaned.METRICS_PORT,
    metricsToken: cleaned.METRICS_TOKEN ?? null,
    host: cleaned.HOST,
  };
}

/**
 * The key that signs and verifies bearer tokens, for the token script: the same rules as the gateway's,
 * so a token it mints is one the gateway accepts. `isEmpty`: set but empty, so the development secret is used.
 */
export function readJwtKey(env: NodeJS.ProcessEnv): { key: Uint8Array; isDefault: boolean; isEmpty: boolean } {
  const production = env.NODE_ENV === 'production';
  const cleaned = clean(
    withoutEmpty(production, { NODE_ENV: env.NODE_ENV, JWT_SECRET: env.CNIM_JWT_SECRET }, ['JWT_SECRET']),
    { JWT_SECRET: 'CNIM_JWT_SECRET' },
    { JWT_SECRET: secretValue(production, DEV_SECRETS.jwt) },
  );
  return {
    key: new TextEncoder().encode(cleaned.JWT_SECRET),
    isDefault: !production && !env.CNIM_JWT_SECRET,
    isEmpty: !production && env.CNIM_JWT_SECRET === '',
  };
}
