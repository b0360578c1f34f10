import { createHmac, timingSafeEqual } from 'node:crypto';
import { badUserInput } from '../../graphql/errors.js';

/**
 * Opaque, signed keyset cursors. The signature makes a forged or edited cursor an error instead of a
 * silently different page; the filter fingerprint refuses a cursor replayed with another filter. The
 * key is the subgraph's CURSOR_SECRET (platform/config.ts).
 */
export interface CursorCodec {
  fingerprint(value: unknown): string;
  encode(lastKey: string, filterFingerprint: string): string;
  /** Returns the last key the cursor points after, or throws BAD_USER_INPUT on `after`. */
  decode(cursor: string, filterFingerprint: string): string;
}

export function createCursorCodec(secret: string): CursorCodec {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    fingerprint: (value) =>
      createHmac('sha256', secret)
        .update(JSON.stringify(value ?? null))
        .digest('base64url')
        .slice(0, 16),
    encode(lastKey, filterFingerprint) {
      const payload = Buffer.from(JSON.stringify([1, lastKey, filterFingerprint])).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    decode: (cursor, filterFingerprint) => decodeCursor(sign, cursor, filterFingerprint),
  };
}

function decodeCursor(sign: (payload: string) => string, cursor: string, filterFingerprint: string): string {
  const invalid = badUserInput(
    'after',
    'El cursor `after` no es válido: use sin modificar el `endCursor` de la página anterior, con el mismo filtro.',
  );
  const [payload, signature] = cursor.split('.');
  if (!payload || !signature) throw invalid;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (!Array.isArray(decoded) || decoded[0] !== 1 || typeof decoded[1] !== 'string' || decoded[2] !== filterFingerprint) {
    throw invalid;
  }
  return decoded[1];
}
