import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);

/** GraphiQL's browser bundle, served from installed packages: the page works with no internet. */
const ASSETS: Record<string, string> = {
  'react.production.min.js': join(dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'),
  'react-dom.production.min.js': join(dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'),
  'graphiql.min.js': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.min.css': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

export const GRAPHIQL_ASSETS_PATH = '/graphiql';

export function graphiqlAssets(): Router {
  const router = express.Router();
  router.get('/:file', (request, response) => {
    const file = ASSETS[request.params.file];
    if (!file) {
      response.sendStatus(404);
      return;
    }
    response.sendFile(file, { maxAge: '1d' });
  });
  return router;
}

const page = (endpoint: string, defaultQuery: string) => `<!doctype html>
<html lang="es">
  <head>
    <meta charset="utf-8" />
    <title>CNIM · Plan de acción · GraphiQL</title>
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS_PATH}/graphiql.min.css" />
    <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Cargando GraphiQL…</div>
    <script src="${GRAPHIQL_ASSETS_PATH}/react.production.min.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/react-dom.production.min.js"></script>
    <script src="${GRAPHIQL_ASSETS_PATH}/graphiql.min.js"></script>
    <script>
      const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
      const defaultQuery = ${JSON.stringify(defaultQuery).replaceAll('<', '\\u003c')};
      ReactDOM.createRoot(document.getElementById('graphiql')).render(
        React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
      );
    </script>
  </body>
</html>`;

/**
 * Replaces Apollo's landing page, which loads Apollo Sandbox from a CDN (and shows "you appear to be
 * offline" without internet), with a local GraphiQL: the gateway's, and each subgraph's when a team
 * runs it alone.
 */
export function graphiqlLandingPage(endpoint: string, defaultQuery: string): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: page(endpoint, defaultQuery) };
        },
      };
    },
  };
}
