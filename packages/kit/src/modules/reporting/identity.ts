import { GraphQLError } from 'graphql';
import { SignJWT, errors, jwtVerify } from 'jose';
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
 * Whether a request came without a token. Compared by value, not by reference: the identity a
 * subgraph receives is a copy the gateway sent in a header. No token may name this subject (verifyToken).
 */
export function isAnonymous(identity: Identity): boolean {
  return identity.subject === ANONYMOUS.subject && identity.role === ANONYMOUS.role && identity.ministry === ANONYMOUS.ministry;
}

/**
 * `CNIM_JWT_SECRET` signs and verifies tokens, with the rules of platform/config.ts: a public default in
 * development, refused in production.
 */
export function jwtSecret(env: NodeJS.ProcessEnv): { key: Uint8Array; isDefault: boolean } {
  return readJwtKey(env);
}

/** Who issues the graph's tokens (`iss`) and whom they are for (`aud`); a token naming anyone else is refused. */
export const TOKEN_ISSUER = 'cnim-graph';
export const TOKEN_AUDIENCE = 'cnim-graph-api';
/**
 * How old a token may be (from `iat`), whatever its `exp` says: a token minted with a far expiry, or
 * leaked, stops working within a working day. Tokens are minted for 8 hours by default.
 */
export const MAX_TOKEN_AGE_HOURS = 12;
/** Clocks of the machine that mints and the one that verifies may differ by this much. */
const CLOCK_TOLERANCE_SECONDS = 30;

export async function mintToken(identity: Identity, key: Uint8Array, expiresIn = '8h'): Promise<string> {
  return new SignJWT({ ministry: identity.ministry, role: identity.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setSubject(identity.subject)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

const ASK_AGAIN = 'solicite uno nuevo (npm run token).';

/** Why jose refused a token, in words a ministry's user can act on. */
function refusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) {
    return error.claim === 'iat'
      ? `El token se emitió hace más de ${MAX_TOKEN_AGE_HOURS} horas, la antigüedad máxima; ${ASK_AGAIN}`
      : `El token expiró; ${ASK_AGAIN}`;
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const missing = error.reason === 'missing';
    switch (error.claim) {
      case 'exp':
        return `El token no trae una fecha de expiración (exp) válida; ${ASK_AGAIN}`;
      case 'iat':
        return missing || error.reason === 'invalid'
          ? `El token no trae su fecha de emisión (iat); ${ASK_AGAIN}`
          : `La fecha de emisión del token (iat) está en el futuro; ${ASK_AGAIN}`;
      case 'sub':
        return `El token no trae un usuario (sub); ${ASK_AGAIN}`;
      case 'iss':
        return `El token no lo emitió ${TOKEN_ISSUER} (iss); ${ASK_AGAIN}`;
      case 'aud':
        return `El token no está destinado a esta API (aud debe ser ${TOKEN_AUDIENCE}); ${ASK_AGAIN}`;
      case 'nbf':
        return `El token todavía no es válido (nbf); ${ASK_AGAIN}`;
    }
  }
  return `El token no es válido (formato o firma); ${ASK_AGAIN}`;
}

/**
 * Verifies the token of an `Authorization: Bearer …` header. Anything but that form verifies as an
 * empty token, so it is refused as invalid rather than ignored.
 */
export function verifyAuthorization(header: string, key: Uint8Array): Promise<Identity> {
  return verifyToken(/^bearer\s+(\S+)$/i.exec(header)?.[1] ?? '', key);
}

/**
 * Verifies a bearer token and returns who it names. Required: the signature, `exp`, `iat` no older
 * than MAX_TOKEN_AGE_HOURS, a non-empty `sub`, `iss` and `aud` of this graph, a valid role and ministry.
 * Every refusal is UNAUTHENTICATED (HTTP 401) with the reason in Spanish.
 */
export async function verifyToken(token: string, key: Uint8Array): Promise<Identity> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ['HS256'],
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      requiredClaims: ['exp', 'iat', 'sub'],
      maxTokenAge: MAX_TOKEN_AGE_HOURS * 3600,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    throw unauthenticated(refusal(error));
  }
  const { sub, ministry, role } = payload;
  if (typeof sub !== 'string' || !sub.trim()) throw unauthenticated(`El token no trae un usuario (sub); ${ASK_AGAIN}`);
  // Anonymous readers are told apart from token holders by this name (see isAnonymous).
  if (sub === ANONYMOUS.subject)
    throw unauthenticated(`El usuario «${ANONYMOUS.subject}» está reservado a las lecturas sin token; ${ASK_AGAIN}`);
  const validMinistry = ministry === null || ministry === undefined || MINISTRY_CODES.includes(ministry as MinistryCode);
  if (!ROLES.includes(role as Role) || !validMinistry) {
    throw unauthenticated('El token no trae un usuario, un rol (reporter, secretariat, reader) y un ministerio válidos.');
  }
  if (role === 'reporter' && !ministry) throw unauthenticated('Un token de rol reporter debe indicar su ministerio.');
  return { subject: sub, ministry: (ministry as MinistryCode | undefined) ?? null, role: role as Role };
}
