import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from './free-port.js';
import { sdlForGrafbase } from './grafbase-sdl.js';
import { processUsage, type ProcessUsage } from './process-usage.js';

export interface RunningGrafbase {
  url: string;
  /** CPU and peak memory of the Grafbase binary: the work happens there, not in the Node process that started it. */
  usage(): ProcessUsage;
  stop(): Promise<void>;
}

export interface GrafbaseOptions {
  /** The Grafbase CLI binary; by default the one the npm package for this platform ships. */
  binary?: string;
  /** How long to wait for the first answer before giving up, in milliseconds. */
  startTimeoutMs?: number;
}

const PLATFORM_PACKAGE = '@grafbase/cli-x86_64-unknown-linux-musl';

/** The binary inside the platform package: its wrapper package (`grafbase`) only links this file after an install script. */
function installedBinary(): string {
  try {
    const binary = join(dirname(createRequire(import.meta.url).resolve(`${PLATFORM_PACKAGE}/package.json`)), 'grafbase');
    if (existsSync(binary)) return binary;
  } catch {
    // Not installed: npm skips the optional dependency on other platforms than Linux x86-64.
  }
  throw new Error(
    `No se encontró el binario de Grafbase: el paquete ${PLATFORM_PACKAGE} no está instalado (solo existe para Linux x86-64).`,
  );
}

/** Each subgraph's own SDL, with its federation directives, as composition reads it. */
async function subgraphSdl(name: string, url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!response.ok || !sdl) throw new Error(`El subgrafo ${name} (${url}) no devolvió su SDL de federación (HTTP ${response.status}).`);
  return sdl;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal's colour codes start with ESC, which is what is removed.
const stripColours = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/** Waits until the gateway answers a query, or fails with what the binary printed if it exits first. */
async function untilServing(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Grafbase terminó (código ${child.exitCode ?? child.signalCode}) antes de servir:\n${output()}`);
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      if (response.ok) return;
    } catch {
      // Not listening yet: it composes the subgraphs first.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Grafbase no respondió en ${timeoutMs} ms:\n${output()}`);
}

/**
 * The Grafbase gateway as its CLI's `grafbase dev` runs it: it composes the subgraphs' SDL (written to
 * files here, so it introspects nothing and needs no Grafbase account or network) and serves the
 * federated graph from the same engine as its production gateway, whose binary is not on npm.
 * HOME points at a throwaway folder: the CLI unpacks its local UI there and reads no login from the user's.
 */
export async function startGrafbaseGateway(subgraphUrls: Record<string, string>, options: GrafbaseOptions = {}): Promise<RunningGrafbase> {
  const binary = options.binary ?? installedBinary();
  const sdl = sdlForGrafbase(
    Object.fromEntries(
      await Promise.all(Object.entries(subgraphUrls).map(async ([name, url]) => [name, await subgraphSdl(name, url)] as const)),
    ),
  );
  const dir = await mkdtemp(join(tmpdir(), 'bench-grafbase-'));
  const config: string[] = [];
  for (const [name, url] of Object.entries(subgraphUrls)) {
    await writeFile(join(dir, `${name}.graphql`), sdl[name]!);
    config.push(`[subgraphs.${name}]`, `url = ${JSON.stringify(url)}`, `schema_path = ${JSON.stringify(`${name}.graphql`)}`, '');
  }
  await writeFile(join(dir, 'grafbase.toml'), config.join('\n'));
  const port = await freePort();
  const child = spawn(binary, ['dev', '--config', 'grafbase.toml', '--listen-address', `127.0.0.1:${port}`], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A benchmark process that dies without stopping its door must not leave the binary holding a port.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const stop = async () => {
    process.off('exit', orphanGuard);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await untilServing(url, child, () => stripColours(printed), options.startTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, usage: () => processUsage(child.pid!), stop };
}
