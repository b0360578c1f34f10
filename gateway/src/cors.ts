import { ConfigError } from '@cnim/kit';
import cors from 'cors';

/** The development ports of browser tools that call the graph while being built (Vite, common dev servers). */
const DEVELOPMENT_PORTS = [3000, 5173];

/** The local development origins allowed by default, beside the gateway's own. */
const DEVELOPMENT_ORIGINS = DEVELOPMENT_PORTS.flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);

/**
 * The origins allowed to call the graph from a browser: `CNIM_CORS_ORIGINS` (comma-separated origins,
 * or `*` for any origin without credentials), or by default (null) the gateway's own origin and the
 * local development ports. Anything else in the variable stops the gateway at start, saying why.
 */
export function corsOrigins(env: NodeJS.ProcessEnv): '*' | string[] | null {
  const given = env.CNIM_CORS_ORIGINS?.trim();
  if (!given) return null;
  if (given === '*') return '*';
  const origins = given
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || parsed.origin !== origin || !['http:', 'https:'].includes(parsed.protocol)) {
      throw new ConfigError(
        `CNIM_CORS_ORIGINS: "${origin}" no es un origen (esquema, servidor y puerto, sin ruta ni barra final, por ejemplo "https://tablero.cnim.gov.co"); use "*" para cualquier origen sin credenciales.`,
      );
    }
  }
  return origins;
}

/**
 * CORS for browser dashboards and BI tools that run in a browser: preflights answered, the allowed
 * origins echoed, and credentials allowed only for a list of origins, never with a wildcard.
 */
export function corsMiddleware(origins: '*' | string[] | null) {
  const common = {
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
    maxAge: 600,
  };
  if (origins === '*') return cors({ ...common, origin: '*', credentials: false });
  if (origins) return cors({ ...common, origin: origins, credentials: true });
  // The gateway's own origin is whatever host the browser reached it by (127.0.0.1, localhost, a name).
  return cors((req, callback) =>
    callback(null, {
      ...common,
      credentials: true,
      origin: [...DEVELOPMENT_ORIGINS, `http://${req.headers.host}`, `https://${req.headers.host}`],
    }),
  );
}
