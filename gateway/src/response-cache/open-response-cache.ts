import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../identity.js';
import { deploymentKey, responseCachePlugins } from './response-cache.js';
import { isPostgresLocation } from '@cnim/kit';
import type { ResponseCacheStore } from './cache-store.js';
import { PostgresCacheStore } from './postgres-cache-store.js';
import { SqliteCacheStore } from './sqlite-cache-store.js';
import { localWriteGeneration, sharedWriteGeneration, writeGenerationPlugin } from '../write-generation.js';

/** Where every gateway process started from this checkout meets, unless CNIM_RESPONSE_CACHE says otherwise. */
export const DEFAULT_RESPONSE_CACHE_FILE = fileURLToPath(new URL('../../data/response-cache.sqlite', import.meta.url));

export interface OpenResponseCache {
  plugins: Array<ApolloServerPlugin<GatewayContext>>;
  close(): Promise<void>;
}

/**
 * The gateway's response cache, as configured: `false` or `off` serves every read cold; a path (or the
 * default file) is shared by every gateway process of this machine that names it; a `postgres://` URL,
 * by every gateway on any machine that names it. Either way the write generation is kept, for the
 * subgraph fetcher's sharing of identical reads in flight.
 */
export function openResponseCache(
  setting: string | false | null,
  ttlSeconds: number,
  supergraphSdl: string,
  subgraphUrls: Readonly<Record<string, string>>,
): OpenResponseCache {
  if (setting === false || setting === 'off') {
    return { plugins: [writeGenerationPlugin(localWriteGeneration())], close: async () => {} };
  }
  const location = setting ?? DEFAULT_RESPONSE_CACHE_FILE;
  const store: ResponseCacheStore = isPostgresLocation(location) ? new PostgresCacheStore(location) : new SqliteCacheStore(location);
  const deployment = deploymentKey(supergraphSdl, subgraphUrls);
  const generation = sharedWriteGeneration(store, deployment);
  return {
    plugins: [writeGenerationPlugin(generation), ...responseCachePlugins({ store, ttlSeconds, deployment })],
    close: () => store.close(),
  };
}
