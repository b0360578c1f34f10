import { ANONYMOUS, verifyToken, type Identity } from '@cnim/kit';
import type { Request } from 'express';

export interface GatewayContext {
  identity: Identity;
}

/** Reading needs no token; a token that is sent must be valid, or the request is refused. */
export function contextFromRequest(jwtKey: Uint8Array) {
  return async ({ req }: { req: Request }): Promise<GatewayContext> => {
    const header = req.headers.authorization;
    if (!header) return { identity: ANONYMOUS };
    // Anything but "Bearer <token>" verifies as an empty token and is refused as invalid.
    const token = /^bearer\s+(\S+)$/i.exec(header)?.[1] ?? '';
    try {
      return { identity: await verifyToken(token, jwtKey) };
    } catch (error) {
      // The reason goes to the log; the token itself never does (the logger redacts authorization).
      req.log?.warn({ reason: error instanceof Error ? error.message : String(error) }, 'autenticación rechazada');
      throw error;
    }
  };
}
