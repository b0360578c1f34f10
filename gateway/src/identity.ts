import { ANONYMOUS, verifyAuthorization, type Identity } from '@cnim/kit';
import type { Request } from 'express';

export interface GatewayContext {
  identity: Identity;
  /**
   * The writes acknowledged when this request started (write-generation.ts); set by the gateway's
   * plugin. Negative when the shared store could not be read: the request is then served cold.
   */
  writeGeneration?: number;
  /** Set for the gateway's own pages and exports (graph-client.ts), whose operations are its code. */
  ownPage?: boolean;
}

/** Reading needs no token; a token that is sent must be valid, or the request is refused. */
export function contextFromRequest(jwtKey: Uint8Array) {
  return async ({ req }: { req: Request }): Promise<GatewayContext> => {
    const header = req.headers.authorization;
    if (!header) return { identity: ANONYMOUS };
    try {
      return { identity: await verifyAuthorization(header, jwtKey) };
    } catch (error) {
      // The reason goes to the log; the token itself never does (the logger redacts authorization).
      req.log?.warn({ reason: error instanceof Error ? error.message : String(error) }, 'autenticación rechazada');
      throw error;
    }
  };
}
