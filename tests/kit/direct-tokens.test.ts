import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the development mode for direct tokens', () => {
  it('is refused in production: the subgraph does not start, and says why', () => {
    const run = spawnSync('npx', ['tsx', 'subgraphs/salud/src/main.ts'], {
      cwd: new URL('../../', import.meta.url),
      // Strong secrets (not a repeated character, which production refuses too), so the development mode is what production refuses here.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        CNIM_DEV_DIRECT_TOKENS: 'true',
        SALUD_PORT: '0',
        SALUD_DB_PATH: ':memory:',
        SALUD_GATEWAY_SECRET: 'q7Vd2LxN9pRt4KwZ8mYc3HbJ6sFg1AeU',
        CURSOR_SECRET: 'T5nWc8Kz2XqL7vRb4MhJ9pYd3GsF6eAu',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(
      'CNIM_DEV_DIRECT_TOKENS=true es solo para desarrollo: en producción las escrituras llegan por el gateway.',
    );
    expect(run.stdout).not.toContain('listo');
  });
});
