import { GraphQLError } from 'graphql';
import { SignJWT, jwtVerify } from 'jose';
import { readJwtKey } from '../../platform/config.js';
import { MINISTRY_CODES, type MinistryCode } from '../../platform/registry.js';

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

/**
 * `CNIM_JWT_SECRET` signs and verifies tokens, with the rules of platform/config.ts: a public default in
 * development, refused in production.
 */
export function jwtSecret(env: NodeJS.ProcessEnv): { key: Uint8Array; isDefault: boolean } {
  return readJwtKey(env);
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
