import type { AddressInfo } from 'node:net';
import express from 'express';
import { DASHBOARD_PATH, dashboard } from '@cnim/gateway/dashboard';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// /tablero when the assets were never built: a clear Spanish answer, not a bare 404.
let server: ReturnType<express.Express['listen']>;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(DASHBOARD_PATH, dashboard('/nonexistent/web/dist/'));
  server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('/tablero without its built assets', () => {
  it('says in Spanish to run npm install', async () => {
    for (const path of ['/tablero', '/tablero/', '/tablero/assets/index.js']) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(503);
      const html = await response.text();
      expect(html).toContain('lang="es"');
      expect(html).toContain('npm install');
    }
  });
});
