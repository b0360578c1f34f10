import express, { type Router } from 'express';

/**
 * `/health` answers while the process serves (liveness); `/ready` only when it can do its work
 * (readiness: for a subgraph, its database answers). Process managers and load balancers poll them.
 */
export function healthRoutes(ready: () => Promise<void>): Router {
  const router = express.Router();
  router.get('/health', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/ready', (_request, response) => {
    ready().then(
      () => response.json({ status: 'ready' }),
      // The cause goes to the logs, never to the answer.
      () => response.status(503).json({ status: 'not-ready' }),
    );
  });
  return router;
}
