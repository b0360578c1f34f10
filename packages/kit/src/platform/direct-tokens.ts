import type { IncomingHttpHeaders } from 'node:http';
import { ANONYMOUS, identityFromHeaders, verifyToken, type Identity } from '../modules/reporting/identity.js';

/**
 * `CNIM_DEV_DIRECT_TOKENS=true` lets a ministry team test its writes against its subgraph alone, with
 * a development token (`npm run token`) sent as `Authorization: Bearer …`, without the gateway.
 * It is off by default, and a subgraph refuses to start with it in production.
 */
export const DEV_DIRECT_TOKENS_VARIABLE = 'CNIM_DEV_DIRECT_TOKENS';

export function directTokensEnabled(env: NodeJS.ProcessEnv): boolean {
  const enabled = env[DEV_DIRECT_TOKENS_VARIABLE] === 'true';
  if (enabled && env.NODE_ENV === 'production') {
    throw new Error(`${DEV_DIRECT_TOKENS_VARIABLE}=true es solo para desarrollo: en producción las escrituras llegan por el gateway.`);
  }
  return enabled;
}

/**
 * Who a subgraph request comes from: what the gateway vouches for with this subgraph's secret; in
 * development mode (and only then), a bearer token sent straight to the subgraph; otherwise an
 * anonymous reader.
 */
export function subgraphIdentity(gatewaySecret: string, directTokenKey: Uint8Array | null) {
  return async (headers: IncomingHttpHeaders): Promise<Identity> => {
    const vouched = identityFromHeaders(headers, gatewaySecret);
    if (vouched !== ANONYMOUS || !directTokenKey || !headers.authorization) return vouched;
    const token = /^bearer\s+(\S+)$/i.exec(headers.authorization)?.[1] ?? '';
    return verifyToken(token, directTokenKey);
  };
}
