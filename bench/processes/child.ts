import { fork, type ChildProcess } from 'node:child_process';

/** What a benchmark child reports about itself. */
export interface ChildStats {
  /** Peak resident set size of the process so far, in bytes. */
  peakRss: number;
  /** SQL statements its databases have run so far (0 for a process without databases). */
  statements: number;
  /** CPU time (user and system) the process has used so far, in milliseconds. */
  cpuMs: number;
}

export interface Child {
  url: string;
  stats(): Promise<ChildStats>;
  stop(): Promise<void>;
}

type Message = { type: 'ready'; url: string } | { type: 'stats'; stats: ChildStats } | { type: 'failed'; message: string };

/** Starts a benchmark process (a subgraph or a front door) and waits until it serves. */
export function startChild(entry: URL, env: Record<string, string>): Promise<Child> {
  const child: ChildProcess = fork(entry, [], {
    env: { ...process.env, ...env },
    // BENCH_PROFILE_DIR writes a V8 CPU profile of every benchmark process, for finding where time goes.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
    ],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = (type: Message['type']) =>
    new Promise<Message>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${entry.pathname} terminó con código ${code}`));
      const onMessage = (message: Message) => {
        if (message.type !== type && message.type !== 'failed') return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (message.type === 'failed') reject(new Error(message.message));
        else resolve(message);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return next('ready').then((ready) => ({
    url: (ready as Extract<Message, { type: 'ready' }>).url,
    async stats() {
      const reply = next('stats');
      child.send({ type: 'stats' });
      return ((await reply) as Extract<Message, { type: 'stats' }>).stats;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  }));
}

/**
 * The child's side: announces its URL, answers stats requests, and stops on SIGTERM. A door that runs a
 * native binary passes that process's usage: its CPU adds to this one's (which only waits), and its peak
 * memory is the door's (Node's, here only to start it, would hide the binary's).
 */
export function serveChild(
  url: string,
  statements: () => number,
  stop: () => Promise<void>,
  binaryUsage?: () => Omit<ChildStats, 'statements'>,
): void {
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      const { user, system } = process.cpuUsage();
      const binary = binaryUsage?.();
      const stats: ChildStats = {
        peakRss: binary?.peakRss ?? process.resourceUsage().maxRSS * 1024,
        statements: statements(),
        cpuMs: (user + system) / 1000 + (binary?.cpuMs ?? 0),
      };
      process.send?.({ type: 'stats', stats });
    }
  });
  process.once('SIGTERM', () => {
    void stop().finally(() => process.exit(0));
  });
  process.send?.({ type: 'ready', url });
}

/** Reports a start-up failure to the parent instead of dying silently. */
export function failChild(error: unknown): never {
  process.send?.({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
