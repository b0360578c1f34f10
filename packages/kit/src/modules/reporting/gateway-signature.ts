import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { MINISTRY_CODES, ROLES, type Identity, type MinistryCode, type Role } from './identity.js';

/**
 * The gateway's signature on every subgraph request, signer and verifier in one module (as Hive
 * Gateway's hmac-upstream-signature). The signature covers the identity the gateway verified, the
 * exact body, a timestamp and a nonce, with a key each subgraph shares with the gateway only: a
 * request seen once cannot be replayed, nor its body or identity changed.
 */
export const SIGNATURE_HEADERS = {
  identity: 'x-cnim-identity',
  timestamp: 'x-cnim-timestamp',
  nonce: 'x-cnim-nonce',
  signature: 'x-cnim-signature',
} as const;

/** Where a verifier keeps the nonces it has seen (nonce-store.ts). */
export interface NonceMemory {
  /** Whether the nonce is new; it is then kept until `expiresAt`. */
  claim(nonce: string, expiresAt: number, now: number): Promise<boolean>;
}

/** How far a request's timestamp may be from the subgraph's clock; nonces are remembered this long. */
export const REPLAY_WINDOW_MS = 60_000;

const digest = (secret: string, timestamp: string, nonce: string, identity: string, body: string | Buffer) =>
  createHmac('sha256', secret)
    .update(`${timestamp}\n${nonce}\n${identity}\n${createHash('sha256').update(body).digest('base64url')}`)
    .digest('base64url');

export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity)).toString('base64url');
}

/** The headers that sign one request: what the gateway adds just before sending it. */
export function signRequest(secret: string, identityHeader: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(now);
  const nonce = randomBytes(16).toString('base64url');
  return {
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.signature]: digest(secret, timestamp, nonce, identityHeader, body),
  };
}

export type Verification = { signed: false } | { signed: true; identity: Identity } | { signed: true; refused: string };

function decodeIdentity(encoded: string): Identity | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { subject, ministry, role } = value as Record<string, unknown>;
    if (typeof subject !== 'string' || !ROLES.includes(role as Role)) return null;
    if (ministry !== null && !MINISTRY_CODES.includes(ministry as MinistryCode)) return null;
    return { subject, ministry: ministry as MinistryCode | null, role: role as Role };
  } catch {
    return null;
  }
}

/**
 * A subgraph's verifier. A request without any signature header is not the gateway's (a direct,
 * anonymous read); one that carries them must verify, or it is refused (HTTP 401), never trusted. The
 * nonces it has seen are kept where the subgraph says (nonce-store.ts: its database, so a restart or
 * another replica does not forget them).
 */
export function createRequestVerifier(secret: string, nonces: NonceMemory, clock: () => number = Date.now) {
  return async (headers: IncomingHttpHeaders, body: Buffer | undefined): Promise<Verification> => {
    const value = (name: string) => (typeof headers[name] === 'string' ? (headers[name] as string) : undefined);
    const [identityHeader, timestamp, nonce, signature] = Object.values(SIGNATURE_HEADERS).map(value);
    if (!identityHeader && !timestamp && !nonce && !signature) return { signed: false };
    if (!identityHeader || !timestamp || !nonce || !signature) return { signed: true, refused: 'faltan cabeceras de la firma del gateway' };
    const expected = Buffer.from(digest(secret, timestamp, nonce, identityHeader, body ?? ''));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { signed: true, refused: 'la firma del gateway no corresponde a la petición' };
    const now = clock();
    if (!/^\d{1,15}$/.test(timestamp) || Math.abs(now - Number(timestamp)) > REPLAY_WINDOW_MS) {
      return { signed: true, refused: 'la petición firmada está fuera de la ventana de tiempo permitida' };
    }
    // The nonce is claimed only for a signature that verified, so a forger cannot fill the store.
    if (nonce.length > 64 || !(await nonces.claim(nonce, now + REPLAY_WINDOW_MS, now))) {
      return { signed: true, refused: 'la petición firmada ya se recibió (repetición)' };
    }
    const identity = decodeIdentity(identityHeader);
    if (!identity) return { signed: true, refused: 'la identidad enviada por el gateway está mal formada' };
    return { signed: true, identity };
  };
}
