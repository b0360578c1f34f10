import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

/** One service `npm start` runs: its name (on every line it prints) and its entry file, from the repository's root. */
export interface Service {
  name: string;
  entry: string;
}

/** Restart back-off: 1 s after a crash, doubling up to 30 s; a service up for 30 s starts again from 1 s. */
export const FIRST_RESTART_DELAY_MS = 1_000;
export const MAX_RESTART_DELAY_MS = 30_000;
export const STABLE_AFTER_MS = 30_000;
/**
 * How long a service has to stop after SIGTERM before it gets SIGKILL. Above Apollo's own drain
 * grace (10 s for requests in flight), so a service finishing its last requests is not cut short.
 */
export const STOP_TIMEOUT_MS = 15_000;
/**
 * How long a service has to stop once the supervisor's own parent is gone (`npm start` killed with
 * SIGKILL, say). Nobody is waiting for an answer any more, and the ports must be free within 5 s so that
 * the next `npm start` can bind them; a write acknowledged before is durable on either engine.
 */
export const ORPHAN_STOP_TIMEOUT_MS = 3_000;
/** How often the supervisor checks that the process that started it is still there (reading the parent's id is a system call). */
export const PARENT_CHECK_MS = 200;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const COLOURS = [36, 32, 33, 35, 34, 96, 92, 93];

interface Supervised {
  service: Service;
  label: string;
  child?: ChildProcess;
  closed?: Promise<void>;
  startedAt: number;
  /** Crashes in a row without staying up STABLE_AFTER_MS: the exponent of the next delay. */
  crashes: number;
  restart?: NodeJS.Timeout;
}

/** Signals every process of a service's group; a group already gone is not an error. */
function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function prefixLines(input: Readable, output: Writable, label: string): void {
  createInterface({ input, crlfDelay: Infinity }).on('line', (line) => output.write(`${label} ${line}\n`));
}

/**
 * Calls `onGone` once the process that started this one has exited. Node has no event for it, and
 * SIGKILL to `npm start` gives the supervisor no signal and closes none of its pipes (npm hands it its
 * own terminal or pipes); but the kernel then gives it a new parent, so the parent's id changes.
 */
function watchParent(onGone: (parent: number) => void): void {
  const parent = process.ppid;
  // Started by init itself (a container's entry point, a system service): there is no parent to outlive.
  if (parent <= 1) return;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone(parent);
  }, PARENT_CHECK_MS);
  timer.unref();
}

function howItEnded(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `señal ${signal}` : `código ${code}`;
}

/**
 * Runs each service as its own process and keeps it running: a service that exits on its own is
 * started again after a back-off, and the others go on serving meanwhile. SIGINT, SIGTERM or SIGHUP
 * stops them all (SIGTERM, then SIGKILL after STOP_TIMEOUT_MS), then the supervisor exits with 0.
 * If the process that started the supervisor dies without a signal to it (SIGKILL to `npm start`), the
 * supervisor stops them all the same way, with ORPHAN_STOP_TIMEOUT_MS, and exits with 1: no service
 * outlives `npm start` holding its port. A service whose supervisor dies stops on its own (its IPC
 * channel closes: kit's stopOnSignals, gateway/src/cluster.ts).
 *
 * Each service is `node --import tsx <entry>` rather than the `tsx` command: the `tsx` command runs
 * the server as its own child and relays signals to it, so the process holding the port and the
 * database would not be the one signalled. Each runs in its own process group (`detached`), so a
 * Ctrl-C in the terminal reaches the supervisor alone, which stops the services itself, once each.
 */
export function supervise(services: readonly Service[]): void {
  const width = Math.max('supervisor'.length, ...services.map((service) => service.name.length));
  const colour = process.stdout.isTTY
    ? (text: string, index: number) => `\x1b[${COLOURS[index % COLOURS.length]}m${text}\x1b[0m`
    : (text: string) => text;
  const say = (message: string) => process.stdout.write(`[${'supervisor'.padEnd(width)}] ${message}\n`);
  const supervised: Supervised[] = services.map((service, index) => ({
    service,
    label: colour(`[${service.name.padEnd(width)}]`, index),
    startedAt: 0,
    crashes: 0,
  }));
  let stopping = false;

  const start = (entry: Supervised) => {
    entry.restart = undefined;
    entry.startedAt = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', entry.service.entry], {
      cwd: ROOT,
      env: process.env,
      // The IPC channel is how a service notices that the supervisor died without stopping it (see stopOnSignals).
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: true,
    });
    entry.child = child;
    prefixLines(child.stdout!, process.stdout, entry.label);
    prefixLines(child.stderr!, process.stderr, entry.label);
    child.on('error', (error) => say(`No se pudo iniciar ${entry.service.name}: ${error.message}`));
    say(`${entry.service.name} iniciado (pid ${child.pid}).`);
    // Whatever the service left in its group (nothing, normally) must not keep its port or its output open.
    child.once('exit', () => signalGroup(child.pid, 'SIGKILL'));
    entry.closed = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        entry.child = undefined;
        resolve();
        if (stopping) {
          say(`${entry.service.name} se detuvo (${howItEnded(code, signal)}).`);
          return;
        }
        if (Date.now() - entry.startedAt >= STABLE_AFTER_MS) entry.crashes = 0;
        const delay = Math.min(FIRST_RESTART_DELAY_MS * 2 ** entry.crashes, MAX_RESTART_DELAY_MS);
        entry.crashes += 1;
        say(
          `${entry.service.name} terminó inesperadamente (${howItEnded(code, signal)}); se reinicia en ${delay / 1000} s. Los demás servicios siguen atendiendo.`,
        );
        entry.restart = setTimeout(() => start(entry), delay);
      });
    });
  };

  const stopAll = async (why: string, timeoutMs: number, exitCode: number) => {
    if (stopping) {
      say(`${why}: los servicios ya se están deteniendo.`);
      return;
    }
    stopping = true;
    say(`${why}: deteniendo los servicios…`);
    for (const entry of supervised) clearTimeout(entry.restart);
    await Promise.all(
      supervised.map(async (entry) => {
        const child = entry.child;
        if (!child) return;
        signalGroup(child.pid, 'SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), timeoutMs);
        });
        if (await Promise.race([entry.closed!.then(() => false), timedOut])) {
          say(`${entry.service.name} no se detuvo en ${timeoutMs / 1000} s: se fuerza con SIGKILL.`);
          signalGroup(child.pid, 'SIGKILL');
          await entry.closed;
        }
        clearTimeout(timer);
      }),
    );
    say('Todos los servicios se detuvieron.');
    process.exit(exitCode);
  };

  // Once `npm start` is gone, what the supervisor prints may have nowhere to go (a closed pipe): a
  // failed write must not crash it before it has stopped every service.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  for (const signal of SIGNALS) process.on(signal, () => void stopAll(`${signal} recibida`, STOP_TIMEOUT_MS, 0));
  watchParent((parent) => void stopAll(`El proceso que inició el supervisor (pid ${parent}) terminó`, ORPHAN_STOP_TIMEOUT_MS, 1));
  for (const entry of supervised) start(entry);
}
