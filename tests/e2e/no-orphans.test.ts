import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, subgraphVariables } from '@cnim/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { childrenOf } from '../../bench/front-doors/process-usage.js';
import { collectLines, freePort, isAlive, waitFor } from '../support/processes.js';

// `npm start` killed with SIGKILL gets no chance to stop anything: before, the supervisor and all seven
// services went on running, holding their ports. Now whatever kills it, every service it started is gone
// within 5 s and every port refuses connections. Observed from outside, as an operator would: process
// ids, process groups, ports.

const ROOT = new URL('../..', import.meta.url);
const SERVICES = [...SUBGRAPH_NAMES, 'gateway'] as const;
/** What the issue asks: everything `npm start` started is gone this soon after it is killed. */
const GONE_WITHIN_MS = 5_000;

interface Started {
  npm: ChildProcess;
  supervisor: number;
  services: number[];
  ports: number[];
  directory: string;
}
const started: Started[] = [];

/** Whether something accepts a TCP connection on the port right now. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** `npm start` exactly as a person runs it, on free ports, with its databases in a temporary folder; resolves once every port answers. */
async function startNpm(): Promise<Started> {
  const directory = mkdtempSync(join(tmpdir(), 'cnim-huerfanos-'));
  const portOf = new Map<string, number>();
  for (const name of SERVICES) portOf.set(name, await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    npm_config_update_notifier: 'false',
    GATEWAY_PORT: String(portOf.get('gateway')),
  };
  for (const name of SUBGRAPH_NAMES) {
    const variables = subgraphVariables(name);
    env[variables.port] = String(portOf.get(name));
    env[variables.url] = `http://127.0.0.1:${portOf.get(name)}/graphql`;
    env[variables.databasePath] = join(directory, `${name}.sqlite`);
  }
  // Its own process group, so that afterwards the test can check that nothing of it is left.
  const npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines = collectLines(npm);
  const ports = SERVICES.map((name) => portOf.get(name)!);
  const run: Started = { npm, supervisor: 0, services: [], ports, directory };
  started.push(run);
  await waitFor(
    `los siete servicios escuchan (${lines.slice(-3).join(' | ')})`,
    async () => ((await Promise.all(ports.map(accepts))).every(Boolean) ? true : undefined),
    50_000,
    250,
  );
  run.services = lines.flatMap((line) => {
    const match = /^\[supervisor\] \S+ iniciado \(pid (\d+)\)\.$/.exec(line);
    return match ? [Number(match[1])] : [];
  });
  // package.json's `exec node …`: npm's only child is the supervisor itself, with no shell between.
  const [supervisor] = childrenOf(npm.pid!);
  run.supervisor = supervisor!;
  expect(readFileSync(`/proc/${supervisor}/cmdline`, 'utf8')).toContain('scripts/start.ts');
  expect(run.services).toHaveLength(SERVICES.length);
  return run;
}

afterEach(() => {
  // Only if a test failed half-way: nothing of this file may outlive it.
  for (const run of started.splice(0)) {
    for (const pid of [run.npm.pid, run.supervisor, ...run.services]) if (pid && isAlive(-pid)) process.kill(-pid, 'SIGKILL');
    for (const pid of [run.supervisor, ...run.services]) if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(run.directory, { recursive: true, force: true });
  }
});

describe('nothing npm start started outlives it', () => {
  it.each([
    ['npm start (the npm process)', (run: Started) => run.npm.pid!],
    ['the supervisor (node scripts/start.ts)', (run: Started) => run.supervisor],
  ])(
    'SIGKILL to %s: every service exits and every port is closed within 5 s',
    async (_, target) => {
      const run = await startNpm();
      const killedAt = Date.now();
      process.kill(target(run), 'SIGKILL');
      const elapsed = await waitFor(
        'que terminen todos los procesos y se cierren todos los puertos',
        async () => {
          // A service's group holds what it started (tsx's esbuild helper); npm's group holds the supervisor and its helper.
          if ([run.supervisor, ...run.services].some(isAlive) || [run.npm.pid!, ...run.services].some((pid) => isAlive(-pid)))
            return undefined;
          return (await Promise.all(run.ports.map(accepts))).some(Boolean) ? undefined : Date.now() - killedAt;
        },
        GONE_WITHIN_MS,
        50,
      );
      console.info(`Todo terminó ${elapsed} ms después de SIGKILL a ${_}.`);
      expect(elapsed).toBeLessThan(GONE_WITHIN_MS);
    },
    90_000,
  );
});
