import { createHmac } from 'node:crypto';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, jwtSecret, mintToken, type MinistryCode, type Role } from '@cnim/kit';

/** A development token, signed with the same default secret the test servers use. */
export function tokenFor(role: Role, ministry: MinistryCode | null, subject = `${role}-${ministry ?? 'ninguno'}`): Promise<string> {
  return mintToken({ subject, ministry, role }, jwtSecret({}).key);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Seconds since the epoch, as JWT dates are written. */
export const nowInSeconds = () => Math.floor(Date.now() / 1000);

/** The claims a valid reader token carries; a test removes or changes one to forge a bad token. */
export function validClaims(): Record<string, unknown> {
  const now = nowInSeconds();
  return { sub: 'lectora', role: 'reader', ministry: null, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: now, exp: now + 3600 };
}

/**
 * An HS256 token with exactly these claims, signed with the development secret by hand: what a
 * client that does not use mintToken could send (a missing `exp`, a foreign issuer, an old `iat`).
 */
export function signedToken(claims: Record<string, unknown>, key: Uint8Array = jwtSecret({}).key): string {
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
}
