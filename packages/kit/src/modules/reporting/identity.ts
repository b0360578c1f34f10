import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { SignJWT, jwtVerify } from 'jose';
import { MINISTRY_CODES, subgraphVariables, type MinistryCode } from '../../platform/registry.js';

export { MINISTRY_CODES, type MinistryCode };

export const ROLES = ['reporter', 'secretariat', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: a ministry's reporter, the subcommission's secretariat, or a reader. */
export interface Identity {
  subject: string;
  ministry: MinistryCode | null;
  role: Role;
}

/** Reading is public: a request without a token reads as an anonymous reader. */
export const ANONYMOUS: Identity = { subject: 'anónimo', ministry: null, role: 'reader' };

const DEFAULT_JWT_SECRET = 'cnim-graph-secreto-de-desarrollo-no-usar-en-produccion';

/** `CNIM_JWT_SECRET` signs and verifies tokens; the default is for development only. */
export function jwtSecret(env: NodeJS.ProcessEnv): { key: Uint8Array; isDefault: boolean } {
  const secret = env.CNIM_JWT_SECRET;
  return { key: new TextEncoder().encode(secret ?? DEFAULT_JWT_SECRET), isDefault: !secret };
}

/** `SALUD_GATEWAY_SECRET` (for example) is shared by the gateway and that subgraph only. */
export function gatewaySecret(subgraph: string, env: NodeJS.ProcessEnv): { secret: string; isDefault: boolean } {
  const secret = env[subgraphVariables(subgraph).gatewaySecret];
  return { secret: secret ?? `cnim-graph-desarrollo-${subgraph}`, isDefault: !secret };
}

export async function mintToken(identity: Identity, key: Uint8Array, expiresIn = '8h'): Promise<string> {
  return new SignJWT({ ministry: identity.ministry, role: identity.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Verifies a bearer token (signature, expiry, claims) and returns who it names. */
export async function verifyToken(token: string, key: Uint8Array): Promise<Identity> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, { algorithms: ['HS256'] }));
  } catch {
    throw unauthenticated('El token no es válido o expiró; solicite uno nuevo (npm run token).');
  }
  const { sub, ministry, role } = payload;
  const validMinistry = ministry === null || ministry === undefined || MINISTRY_CODES.includes(ministry as MinistryCode);
  if (typeof sub !== 'string' || !ROLES.includes(role as Role) || !validMinistry) {
    throw unauthenticated('El token no trae un usuario, un rol (reporter, secretariat, reader) y un ministerio válidos.');
  }
  if (role === 'reporter' && !ministry) throw unauthenticated('Un token de rol reporter debe indicar su ministerio.');
  return { subject: sub, ministry: (ministry as MinistryCode | undefined) ?? null, role: role as Role };
}

export const IDENTITY_HEADER = 'x-cnim-identity';
export const GATEWAY_SECRET_HEADER = 'x-cnim-gateway-secret';

/** Headers the gateway adds to every subgraph request: the verified identity and the shared secret. */
export function identityHeaders(identity: Identity, secret: string): Record<string, string> {
  return {
    [IDENTITY_HEADER]: Buffer.from(JSON.stringify(identity)).toString('base64url'),
    [GATEWAY_SECRET_HEADER]: secret,
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The identity a subgraph trusts: only what the gateway vouches for with this subgraph's secret.
 * Anything else, including identity headers sent straight to the subgraph, is an anonymous reader.
 */
export function identityFromHeaders(headers: Record<string, string | string[] | undefined>, secret: string): Identity {
  const given = headers[GATEWAY_SECRET_HEADER];
  const encoded = headers[IDENTITY_HEADER];
  if (typeof given !== 'string' || typeof encoded !== 'string' || !sameSecret(given, secret)) return ANONYMOUS;
  const identity = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Identity;
  return identity;
}
