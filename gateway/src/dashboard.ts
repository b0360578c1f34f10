import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

/** Where the gateway serves the subcommission's dashboard (web/, built into web/dist by `npm install`). */
export const DASHBOARD_PATH = '/tablero';

/** The built dashboard: `npm install` builds it (the root `postinstall` runs `vite build` in web/). */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const NOT_BUILT = `<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><title>Tablero no disponible</title></head>
<body>
<h1>El tablero no está construido</h1>
<p>No se encontraron los archivos del tablero en <code>web/dist</code>. Ejecute <code>npm install</code> en la raíz del
proyecto: la instalación construye el tablero. Luego recargue esta página.</p>
</body>
</html>
`;

/**
 * Serves the built dashboard as static files. It is a client of the unified graph only: the page
 * talks to this gateway's /graphql, never to a subgraph or a database.
 */
export function dashboard(directory: string = DASHBOARD_DIR): Router {
  const router = express.Router();
  router.use(express.static(directory, { index: 'index.html', fallthrough: true }));
  router.use((_req, res) => {
    if (existsSync(`${directory}/index.html`)) {
      res.status(404).type('text/plain; charset=utf-8').send('No existe ese archivo del tablero.');
      return;
    }
    res.status(503).type('html').send(NOT_BUILT);
  });
  return router;
}
