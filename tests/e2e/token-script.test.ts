import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { DEV_SECRETS } from '@cnim/kit';
import { afterAll, describe, expect, it } from 'vitest';
import { collectLines, exitOf, freePort, waitFor } from '../support/processes.js';

// `npm run token` is run by people at a terminal: whatever is wrong, one Spanish line and a non-zero
// exit, never a stack trace. And a token it mints with CNIM_JWT_SECRET set but empty is one the gateway,
// started the same way, accepts: both use the development secret, and both say so.

const ROOT = new URL('../..', import.meta.url);
const strong = (label: string) => createHash('sha256').update(label).digest('base64');
/** What a stack trace or an uncaught error looks like in Node's output. */
const STACK = /^\s+at |node:internal|Error: |\.ts:\d+/m;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, npm_config_update_notifier: 'false', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The script itself, as `npm run token` runs it (tsx), without npm's own lines around it. */
const token = (args: readonly string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, ['--import', 'tsx', 'gateway/scripts/token.ts', ...args], { NODE_ENV: 'development', ...env });

// Concurrent: each case is a process of its own, mostly waiting for tsx to start.
describe.concurrent('npm run token refuses in one Spanish line, never a stack trace', () => {
  it.each([
    ['an unknown ministry', ['MINSALUD', 'reporter'], 'npm run token: ministerio «MINSALUD» desconocido. Uso: npm run token -- <'],
    ['an unknown role', ['SALUD', 'jefe'], 'npm run token: rol «jefe» desconocido. Uso:'],
    ['a reporter of no ministry', ['-', 'reporter', 'ana'], 'npm run token: un token de rol reporter debe indicar su ministerio. Uso:'],
    ['an empty user', ['SALUD', 'reader', ' '], 'npm run token: el usuario no puede estar vacío. Uso:'],
    [
      'the reserved anonymous user',
      ['SALUD', 'reader', 'anónimo'],
      'npm run token: el usuario «anónimo» está reservado a las lecturas sin token. Uso:',
    ],
    ['too many arguments', ['SALUD', 'reader', 'ana', 'extra'], 'npm run token: sobran argumentos (extra). Uso:'],
  ])('%s: exit 2 and the usage', async (_, args, message) => {
    const result = await token(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK);
  });

  it.each([
    ['missing', {}, 'CNIM_JWT_SECRET: falta; es obligatorio en producción'],
    ['set but empty', { CNIM_JWT_SECRET: '' }, 'CNIM_JWT_SECRET: está vacío; es obligatorio en producción'],
    ['spaces', { CNIM_JWT_SECRET: ' '.repeat(40) }, 'CNIM_JWT_SECRET: solo tiene espacios en blanco'],
    ['one repeated character', { CNIM_JWT_SECRET: 'x'.repeat(40) }, 'CNIM_JWT_SECRET: es un solo carácter repetido'],
    ['short', { CNIM_JWT_SECRET: 'corto' }, 'CNIM_JWT_SECRET: tiene menos de 32 bytes'],
    ['the public development secret', { CNIM_JWT_SECRET: DEV_SECRETS.jwt }, 'CNIM_JWT_SECRET: es el secreto de desarrollo, que es público'],
  ])('a production secret that is %s: exit 1, naming the variable', async (_, env, message) => {
    const result = await token(['SALUD', 'reporter', 'ana'], { NODE_ENV: 'production', CNIM_JWT_SECRET: undefined, ...env });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `npm run token: Configuración inválida (NODE_ENV=production): ${result.stderr.slice(result.stderr.indexOf('CNIM_JWT_SECRET'))}`,
    );
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('mints a token with a strong production secret, and says nothing else', async () => {
    const result = await token(['SALUD', 'reporter', 'ana'], { NODE_ENV: 'production', CNIM_JWT_SECRET: strong('jwt') });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('through npm itself: a non-zero exit and no stack trace', async () => {
    const result = await run('npm', ['run', 'token', '--', 'SALUD', 'jefe'], { NODE_ENV: 'development' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('npm run token: rol «jefe» desconocido.');
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/^\s+at /m);
  }, 30_000);
});

describe('CNIM_JWT_SECRET set but empty, in development', () => {
  let stopGateway: (() => Promise<unknown>) | undefined;
  afterAll(() => stopGateway?.());

  it('the script and the gateway both use the development secret and say it is empty; the gateway accepts the token', async () => {
    const port = await freePort();
    const gateway = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        GATEWAY_PORT: String(port),
        CNIM_JWT_SECRET: '',
        CNIM_RESPONSE_CACHE: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stopGateway = () => {
      gateway.kill('SIGTERM');
      return exitOf(gateway, 20_000);
    };
    const lines = collectLines(gateway);
    const minted = await token(['SALUD', 'reporter', 'ana'], { CNIM_JWT_SECRET: '' });
    expect(minted.code).toBe(0);
    expect(minted.stderr.trim()).toBe(
      '⚠ CNIM_JWT_SECRET está vacío: el token usa el secreto de desarrollo, que es público (el mismo que usa el gateway en desarrollo).',
    );
    await waitFor(
      `el gateway (${lines.slice(-3).join(' | ')})`,
      () => (lines.some((line) => line.startsWith('Gateway listo')) ? true : undefined),
      40_000,
    );
    await waitFor('su aviso', () => (lines.some((line) => line.startsWith('⚠ CNIM_JWT_SECRET')) ? true : undefined), 5_000);
    expect(lines).toContain('⚠ CNIM_JWT_SECRET está vacío: se usa el secreto de desarrollo, que es público. En producción es obligatorio.');

    const ask = (bearer: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const accepted = await ask(minted.stdout.trim());
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ data: { __typename: 'Query' } });
    // The token is checked, not waved through: one signed with another key is refused.
    const other = await token(['SALUD', 'reporter', 'ana'], { CNIM_JWT_SECRET: strong('otra') });
    expect((await ask(other.stdout.trim())).status).toBe(401);
  }, 60_000);
});
