import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './identity.js';
import type { SharedCacheStore } from './response-cache/shared-cache-store.js';

/**
 * The header that carries a request's write generation to the subgraph fetcher, whose key for sharing
 * identical reads in flight includes every header: a read that starts after an acknowledged write never
 * joins a subgraph request sent before it.
 */
export const WRITE_GENERATION_HEADER = 'x-cnim-write-generation';

/** How many writes the gateway has acknowledged: read once when a request starts, bumped by every mutation before its answer. */
export interface WriteGeneration {
  current(): number;
  bump(): void;
}

/** Every gateway process of the deployment, through the response cache's shared file. */
export function sharedWriteGeneration(store: SharedCacheStore, deployment: string): WriteGeneration {
  return { current: () => store.generation(deployment), bump: () => store.invalidate(deployment) };
}

/** This process only: with the response cache off there is no shared file to meet in. */
export function localWriteGeneration(): WriteGeneration {
  let generation = 0;
  return { current: () => generation, bump: () => void (generation += 1) };
}

/**
 * Stamps each request with the write generation when it starts (the response cache keys by it, the
 * subgraph fetcher shares by it), and bumps it when a mutation has run, before its answer is sent.
 */
export function writeGenerationPlugin(generation: WriteGeneration): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      contextValue.writeGeneration = generation.current();
      return {
        async willSendResponse(context) {
          if (context.operation?.operation === 'mutation') generation.bump();
        },
      };
    },
  };
}
