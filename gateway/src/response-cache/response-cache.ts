import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import { isAnonymous } from '@cnim/kit';
import type { GatewayContext } from '../identity.js';
import type { ResponseCacheStore } from './cache-store.js';

export interface ResponseCacheOptions {
  store: ResponseCacheStore;
  /** Seconds an answer is kept: the bound on a change that did not go through a gateway. */
  ttlSeconds: number;
  /**
   * What the answers were computed from (the supergraph and where its subgraphs are), so deployments
   * that share one store never read each other's answers.
   */
  deployment: string;
}

/** The deployment key: a digest of the supergraph and the subgraphs' addresses. */
export function deploymentKey(supergraphSdl: string, subgraphUrls: Readonly<Record<string, string>>): string {
  return createHash('sha256')
    .update(supergraphSdl)
    .update(JSON.stringify(Object.entries(subgraphUrls).sort()))
    .digest('base64url')
    .slice(0, 22);
}

/** A query without a token, in a request that could read the write generation (write-generation.ts). */
const isPublicRead = (context: GraphQLRequestContext<GatewayContext>) =>
  context.operation?.operation === 'query' &&
  isAnonymous(context.contextValue.identity) &&
  (context.contextValue.writeGeneration ?? 0) >= 0;

/**
 * A response cache for public reads that is never stale after a write through any gateway:
 * - Apollo's response-cache plugin keys each answer by query, operation name and variables, serves a hit
 *   before the query is planned, and never stores an answer with errors (a subgraph that failed);
 * - only requests without a token read or fill it, so two identities never share an answer;
 * - every answer's key also holds the deployment's write generation, read from the shared store at the
 *   start of each request, and every mutation bumps it before its answer is sent (write-generation.ts,
 *   whose plugin runs before this one): a read that starts after an acknowledged write, in any gateway
 *   process, misses and is computed again, and a read that was computed before the write is stored
 *   under a generation nobody reads any more.
 * The subgraphs give no cache hints; the gateway decides, so they keep no cache-control work per field.
 */
export function responseCachePlugins({ store, ttlSeconds, deployment }: ResponseCacheOptions): Array<ApolloServerPlugin<GatewayContext>> {
  const publicReadPolicy: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation(context) {
          if (isPublicRead(context)) context.overallCachePolicy.replace({ maxAge: ttlSeconds, scope: 'PUBLIC' });
        },
      };
    },
  };
  return [
    // Browsers and proxies are told nothing: they would keep an answer past the next write.
    ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
    publicReadPolicy,
    ApolloServerPluginResponseCache<GatewayContext>({
      cache: store,
      // The generation this request started in (write-generation.ts), read once from the shared store.
      extraCacheKeyData: async ({ contextValue }) => ({ deployment, generation: contextValue.writeGeneration }),
      shouldReadFromCache: async (context) => isPublicRead(context),
      shouldWriteToCache: async (context) => isPublicRead(context),
    }),
  ];
}
