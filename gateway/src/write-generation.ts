import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from './identity.js';
import type { ResponseCacheStore } from './response-cache/cache-store.js';

/**
 * The header that carries a request's write generation to the subgraph fetcher, whose key for sharing
 * identical reads in flight includes every header: a read that starts after an acknowledged write never
 * joins a subgraph request sent before it.
 */
export const WRITE_GENERATION_HEADER = 'x-cnim-write-generation';

/** How many writes the gateway has acknowledged: read once when a request starts, bumped by every mutation before its answer. */
export interface WriteGeneration {
  current(): number | Promise<number>;
  bump(): void | Promise<void>;
}

/** Every gateway process of the deployment, through the response cache's shared store. */
export function sharedWriteGeneration(store: ResponseCacheStore, deployment: string): WriteGeneration {
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
  let unknown = 0;
  // A write acknowledged while the store was out of reach: its bump is made before this gateway reads
  // the generation again, so no answer cached before the write is served by it once the store is back.
  let bumpOwed = false;
  return {
    async requestDidStart({ contextValue, logger }) {
      try {
        if (bumpOwed) {
          await generation.bump();
          bumpOwed = false;
        }
        contextValue.writeGeneration = await generation.current();
      } catch (error) {
        // The shared store is out of reach (a Postgres store's server down): this request is served
        // cold, and a generation of its own keeps it from sharing a subgraph read with any other.
        logger.warn(`Generación de escrituras ilegible; la consulta se atiende sin caché: ${(error as Error).message}`);
        contextValue.writeGeneration = -(unknown += 1);
      }
      return {
        async willSendResponse(context) {
          if (context.operation?.operation !== 'mutation') return;
          // The write is done and is answered either way. While the store is out of reach no gateway
          // reads it, so none serves a cached answer; the bump is owed until it can be made.
          try {
            await generation.bump();
          } catch (error) {
            bumpOwed = true;
            logger.error(
              `No se pudo invalidar la caché de respuestas tras una escritura; se hará en la próxima consulta: ${(error as Error).message}`,
            );
          }
        },
      };
    },
  };
}
