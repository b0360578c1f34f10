import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type RunningGateway } from '@cnim/gateway';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, type FreshDatabase } from '../support/fresh-database.js';
import { graphql } from '../support/graphql.js';
import { freePort } from '../support/processes.js';
import { tokenFor } from '../support/tokens.js';

const directory = mkdtempSync(join(tmpdir(), 'cnim-durability-'));
let child: ChildProcess | undefined;
let gateway: RunningGateway | undefined;
let postgres: FreshDatabase | undefined;

afterAll(async () => {
  child?.kill('SIGKILL');
  await gateway?.stop();
  await postgres?.drop();
  rmSync(directory, { recursive: true, force: true });
});

/** Where the Salud process keeps its data, on each engine: a variable as `npm start` reads it, and a database that outlives the process. */
const ENGINES = {
  SQLite: async () => ({ SALUD_DB_PATH: join(directory, 'salud.sqlite') }),
  Postgres: async () => ({ SALUD_DATABASE_URL: (postgres = await freshPostgresDatabase('salud')).location }),
};

/** The real Salud process, as `npm start` runs it. */
async function startSaludProcess(port: number, database: Record<string, string>): Promise<ChildProcess> {
  const processHandle = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/salud/src/main.ts'], {
    env: { ...process.env, SALUD_PORT: String(port), ...database, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    processHandle.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listo en')) resolve();
    });
    processHandle.once('exit', (code) => reject(new Error(`El subgrafo salió con código ${code}`)));
  });
  return processHandle;
}

const SET = `mutation ($input: SetTaskStatusInput!) { salud { setTaskStatus(input: $input) { version } } }`;
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'];

describe.each(Object.keys(ENGINES) as Array<keyof typeof ENGINES>)('durability of acknowledged writes on %s', (engine) => {
  it('loses no acknowledged write when the subgraph is killed with SIGKILL during a stream of writes', async () => {
    const database = await ENGINES[engine]();
    const port = await freePort();
    child = await startSaludProcess(port, database);
    gateway = await startGateway({ port: 0, host: '127.0.0.1', subgraphUrls: { salud: `http://127.0.0.1:${port}/graphql` } });
    const url = gateway.url;
    const headers = { authorization: `Bearer ${await tokenFor('reporter', 'SALUD', 'carga')}` };

    const opened = await graphql(
      url,
      'mutation { salud { openCut(input: { cut: "2026-02", label: "Febrero 2026", closingDate: "2026-02-28", idempotencyKey: "abrir" }) { status } } }',
      undefined,
      { authorization: `Bearer ${await tokenFor('secretariat', null, 'secretaria')}` },
    );
    expect(opened.errors).toBeUndefined();

    const acknowledged: Array<{ version: number; status: string }> = [];
    let version = 0;
    // The kill comes after a fixed number of acknowledgements, not after a fixed time, so a slow
    // machine still kills mid-stream with writes in flight.
    const KILL_AFTER = 25;
    let killNow: () => void = () => {};
    const enoughAcknowledged = new Promise<void>((resolve) => {
      killNow = resolve;
    });
    const writer = (async () => {
      for (let index = 0; index < 2000; index += 1) {
        const status = STATUSES[index % STATUSES.length]!;
        try {
          const { data } = await graphql<{ salud: { setTaskStatus: { version: number } } }>(
            url,
            SET,
            { input: { action: 12, task: 1, status, expectedVersion: version, idempotencyKey: `escritura-${index}` } },
            headers,
          );
          if (!data?.salud) return; // the gateway reports the subgraph as unavailable
          version = data.salud.setTaskStatus.version;
          acknowledged.push({ version, status });
          if (acknowledged.length === KILL_AFTER) killNow();
        } catch {
          return; // the connection died with the process
        }
      }
    })();
    await enoughAcknowledged;
    child.kill('SIGKILL');
    await writer;
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    child = await startSaludProcess(port, database);
    // Reading is public: check the restarted process's own database straight from the subgraph.
    const { data } = await graphql<{
      _entities: Array<{ tasks: Array<{ status: string; version: number; history: Array<{ after: string }> }> }>;
    }>(
      `http://127.0.0.1:${port}/graphql`,
      '{ _entities(representations: [{ __typename: "SaludAction", number: 12, readCut: "2026-02" }]) { ... on SaludAction { tasks { status version history { after } } } } }',
    );
    const task = data!._entities[0]!.tasks[0]!;
    const last = acknowledged.at(-1)!;
    expect(task.version).toBeGreaterThanOrEqual(last.version);
    expect(task.history.slice(0, acknowledged.length).map((change) => change.after)).toEqual(acknowledged.map((write) => write.status));
    child.kill('SIGKILL');
    await gateway.stop();
    gateway = undefined;
  });
});
