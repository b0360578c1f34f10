import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, subgraphVariables } from '@cnim/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { collectLines, exitOf, freePort, isAlive, isPortFree, waitFor } from '../support/processes.js';

// `npm start` itself, as a person runs it: seven real processes on free ports, databases in a
// temporary folder. Killing a service, Ctrl-C (SIGTERM here) and what is left afterwards are observed
// from outside, the way an operator would: ports, process ids, the databases' files.

const ROOT = new URL('../..', import.meta.url);
const SERVICES = [...SUBGRAPH_NAMES, 'gateway'] as const;
const directory = mkdtempSync(join(tmpdir(), 'cnim-supervision-'));
const databaseOf = (name: string) => join(directory, `${name}.sqlite`);
const ports = new Map<string, number>();
let npm: ChildProcess | undefined;
let lines: string[] = [];

/** Every process id the supervisor reported, by service, in order. */
function pidsOf(name: string): number[] {
  return lines.flatMap((line) => {
    const match = /^\[supervisor\] (\S+) iniciado \(pid (\d+)\)\.$/.exec(line);
    return match?.[1] === name ? [Number(match[2])] : [];
  });
}
const allPids = () => SERVICES.flatMap(pidsOf);
const gatewayUrl = () => `http://127.0.0.1:${ports.get('gateway')}/graphql`;

type Titles = { plan: { actions: Array<{ number: number; title: string | null }> } };
type Title = { action: { title: string | null } };

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Not `test`: Apollo Server installs its own signal handlers outside tests, which is what runs in production.
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    npm_config_update_notifier: 'false',
  };
  for (const name of SERVICES) ports.set(name, await freePort());
  env.GATEWAY_PORT = String(ports.get('gateway'));
  for (const name of SUBGRAPH_NAMES) {
    const variables = subgraphVariables(name);
    env[variables.port] = String(ports.get(name));
    env[variables.url] = `http://127.0.0.1:${ports.get(name)}/graphql`;
    env[variables.databasePath] = databaseOf(name);
  }
  // Its own process group, so the test can check afterwards that nothing of it is left.
  npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  lines = collectLines(npm);
  await waitFor(
    'el gateway responde con los títulos de las 15 acciones',
    async () => {
      const answer = await graphql<Titles>(gatewayUrl(), '{ plan { actions { number title } } }').catch(() => undefined);
      const actions = answer?.data?.plan.actions ?? [];
      return !answer?.errors && actions.length === 15 && actions.every((action) => action.title) ? true : undefined;
    },
    50_000,
    500,
  );
}, 60_000);

afterAll(() => {
  // Only if a test failed half-way: nothing of this file may outlive it.
  for (const pid of [npm?.pid, ...allPids()]) if (pid && isAlive(-pid)) process.kill(-pid, 'SIGKILL');
  rmSync(directory, { recursive: true, force: true });
});

describe('npm start supervises each service on its own', () => {
  it('starts every service of the registry and the gateway as its own process, each database open in WAL mode', () => {
    expect(SERVICES.map((name) => pidsOf(name).length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(new Set(allPids()).size).toBe(7);
    expect(allPids().every(isAlive)).toBe(true);
    expect(SUBGRAPH_NAMES.map((name) => existsSync(`${databaseOf(name)}-wal`))).toEqual([true, true, true, true, true, true]);
  });

  it('restarts a subgraph killed with SIGKILL, while the gateway keeps answering for the other ministries', async () => {
    const senaTitle = (await graphql<Title>(gatewayUrl(), '{ action(number: 8) { title } }')).data!.action.title;
    const [saludPid] = pidsOf('salud');
    process.kill(saludPid!, 'SIGKILL');
    let outages = 0;
    await waitFor(
      'Salud responde de nuevo a través del gateway',
      async () => {
        const sena = await graphql<Title>(gatewayUrl(), '{ action(number: 8) { title } }');
        expect(sena).toEqual({ data: { action: { title: senaTitle } } });
        const salud = await graphql<Title>(gatewayUrl(), '{ action(number: 12) { title } }');
        if (salud.errors) {
          expect(salud.errors.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
          outages += 1;
          return undefined;
        }
        return salud.data!.action.title;
      },
      30_000,
    );
    expect(outages).toBeGreaterThan(0);
    expect(lines).toContain(
      '[supervisor] salud terminó inesperadamente (señal SIGKILL); se reinicia en 1 s. Los demás servicios siguen atendiendo.',
    );
    const saludPids = pidsOf('salud');
    expect(saludPids).toHaveLength(2);
    expect(isAlive(saludPids[0]!)).toBe(false);
    expect(isAlive(saludPids[1]!)).toBe(true);
    expect(SERVICES.filter((name) => name !== 'salud').map((name) => pidsOf(name).length)).toEqual([1, 1, 1, 1, 1, 1]);
  }, 40_000);

  it('stops every service on SIGTERM to npm start, frees every port and closes every database', async () => {
    process.kill(npm!.pid!, 'SIGTERM');
    expect(await exitOf(npm!, 20_000)).toEqual({ code: 0, signal: null });
    for (const name of SERVICES) expect(lines).toContain(`[supervisor] ${name} se detuvo (código 0).`);
    expect(lines).toContain('[supervisor] Todos los servicios se detuvieron.');
    expect(await Promise.all(SERVICES.map((name) => isPortFree(ports.get(name)!)))).toEqual(SERVICES.map(() => true));
    expect(allPids().filter(isAlive)).toEqual([]);
    // Nothing of any service's process group, nor of npm's, is left (tsx's esbuild helpers included).
    await waitFor(
      'ningún grupo de procesos sigue vivo',
      () => ([npm!.pid!, ...allPids()].some((pid) => isAlive(-pid)) ? undefined : true),
      5_000,
    );
    // SQLite checkpoints the write-ahead log into the database and deletes it when the last connection closes.
    const leftovers = SUBGRAPH_NAMES.flatMap((name) => ['-wal', '-shm'].map((suffix) => `${name}.sqlite${suffix}`));
    expect(leftovers.filter((file) => existsSync(join(directory, file)))).toEqual([]);
  }, 30_000);
});

describe('a subgraph stopped with SIGTERM', () => {
  it('closes its database before exiting, even when a second SIGTERM arrives while it stops', async () => {
    const port = await freePort();
    const databasePath = join(directory, 'salud-sola.sqlite');
    const salud = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/salud/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'development', HOST: '127.0.0.1', SALUD_PORT: String(port), SALUD_DB_PATH: databasePath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = collectLines(salud);
    await waitFor('Salud está listo', () => (output.some((line) => line.startsWith('Subgrafo salud listo en')) ? true : undefined), 30_000);
    expect(existsSync(`${databasePath}-wal`)).toBe(true);
    // A request still arriving (headers sent, body not yet) keeps the server draining, so the second
    // SIGTERM surely lands while the process is stopping.
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {}); // the server may reset it while stopping
    await once(socket, 'connect');
    socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{"query":');
    await new Promise((resolve) => setTimeout(resolve, 300));
    salud.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    salud.kill('SIGTERM');
    await waitFor(
      'el aviso de la segunda señal',
      () => (output.includes('SIGTERM recibida de nuevo: el proceso ya se está deteniendo.') ? true : undefined),
      5_000,
    );
    expect(isAlive(salud.pid!)).toBe(true);
    socket.destroy();
    expect(await exitOf(salud, 15_000)).toEqual({ code: 0, signal: null });
    expect([existsSync(databasePath), existsSync(`${databasePath}-wal`), existsSync(`${databasePath}-shm`)]).toEqual([true, false, false]);
    expect(await isPortFree(port)).toBe(true);
  }, 40_000);
});
