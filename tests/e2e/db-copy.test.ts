import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwtSecret, prepareSubgraphDatabase, startSubgraph, type RunningSubgraph } from '@cnim/kit';
import { plan } from '@cnim/plan';
import { salud } from '@cnim/salud';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, type FreshDatabase } from '../support/fresh-database.js';
import { graphql } from '../support/graphql.js';
import { secretariat } from '../support/cuts.js';
import { tokenFor } from '../support/tokens.js';

const directory = mkdtempSync(join(tmpdir(), 'cnim-copia-'));
const sqliteFile = join(directory, 'salud.sqlite');
const backFile = join(directory, 'salud-de-vuelta.sqlite');
let postgres: FreshDatabase | undefined;
let running: RunningSubgraph | undefined;

afterAll(async () => {
  await running?.stop();
  await postgres?.drop();
  rmSync(directory, { recursive: true, force: true });
});

const TASKS = `{ _entities(representations: [{ __typename: "SaludAction", number: 12, readCut: "2026-02" }]) {
  ... on SaludAction { tasks { number status version history { before after } } } } }`;
const SET = 'mutation ($input: SetTaskStatusInput!) { salud { setTaskStatus(input: $input) { version } } }';

/** Salud on a database, accepting development tokens sent to it directly; stopped by the caller. */
async function saludOn(database: string): Promise<RunningSubgraph> {
  return (running = await startSubgraph(salud, { port: 0, host: '127.0.0.1', database, directTokenKey: jwtSecret({}).key }));
}

async function setStatus(url: string, status: string, expectedVersion: number, key: string): Promise<number> {
  const headers = { authorization: `Bearer ${await tokenFor('reporter', 'SALUD', 'ana')}` };
  const { data, errors } = await graphql<{ salud: { setTaskStatus: { version: number } } }>(
    url,
    SET,
    { input: { action: 12, task: 1, status, expectedVersion, idempotencyKey: key } },
    headers,
  );
  expect(errors).toBeUndefined();
  return data!.salud.setTaskStatus.version;
}

async function tasks(url: string) {
  const { data, errors } = await graphql(url, TASKS);
  expect(errors).toBeUndefined();
  return data;
}

/** `npm run db:copy` as a ministry runs it. */
function copy(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-copy.ts', 'salud', ...args], {
    cwd: new URL('../../', import.meta.url),
    encoding: 'utf8',
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run db:copy moves a subgraph between SQLite and Postgres', () => {
  it('copies Salud from SQLite to Postgres and back with its ids, versions, audit history and idempotency keys', async () => {
    postgres = await freshPostgresDatabase('salud_copia');
    let subgraph = await saludOn(sqliteFile);
    const opened = await graphql(
      subgraph.url,
      'mutation { salud { openCut(input: { cut: "2026-02", label: "Febrero 2026", closingDate: "2026-02-28", idempotencyKey: "abrir" }) { status } } }',
      undefined,
      await secretariat(),
    );
    expect(opened.errors).toBeUndefined();
    expect(await setStatus(subgraph.url, 'IN_PROGRESS', 0, 'uno')).toBe(1);
    expect(await setStatus(subgraph.url, 'COMPLETED', 1, 'dos')).toBe(2);
    const before = await tasks(subgraph.url);
    await subgraph.stop();

    const there = copy('--from', sqliteFile, '--to', postgres.location);
    expect(there.err).toBe('');
    expect(there.status).toBe(0);
    expect(there.out).toMatch(/^change_log +3 filas$/m);
    expect(there.out).toMatch(/^idempotent_request +3 filas$/m);
    expect(there.out).toMatch(/^report_cut +2 filas$/m);
    expect(there.out).toContain(
      `de ${sqliteFile} a ${postgres.location.replace(':pruebas@', ':***@')}; cada tabla comprobada fila por fila.`,
    );

    subgraph = await saludOn(postgres.location);
    expect(await tasks(subgraph.url)).toEqual(before);
    // A retry of a write made before the copy is still recognised: the same answer, no new change.
    expect(await setStatus(subgraph.url, 'COMPLETED', 1, 'dos')).toBe(2);
    // The audit log's ids continue after the copied ones.
    expect(await setStatus(subgraph.url, 'NOT_STARTED', 2, 'tres')).toBe(3);
    const onPostgres = await tasks(subgraph.url);
    expect(onPostgres).toEqual({
      _entities: [
        {
          tasks: expect.arrayContaining([
            {
              number: 1,
              status: 'NOT_STARTED',
              version: 3,
              history: [
                { before: 'NOT_REPORTED', after: 'IN_PROGRESS' },
                { before: 'IN_PROGRESS', after: 'COMPLETED' },
                { before: 'COMPLETED', after: 'NOT_STARTED' },
              ],
            },
          ]),
        },
      ],
    });
    await subgraph.stop();

    const refused = copy('--from', sqliteFile, '--to', postgres.location);
    expect(refused.status).toBe(1);
    expect(refused.err.trim()).toBe(
      `La base de destino (${postgres.location.replace(':pruebas@', ':***@')}) ya tiene datos de un subgrafo: use --replace para reemplazarlos por los de origen.`,
    );

    const back = copy('--from', postgres.location, '--to', backFile);
    expect(back.status).toBe(0);
    expect(back.out).toMatch(/^change_log +4 filas$/m);
    subgraph = await saludOn(backFile);
    expect(await tasks(subgraph.url)).toEqual(onPostgres);
    await subgraph.stop();
    running = undefined;
  });

  it("refuses a missing source, another subgraph's database and a missing argument, creating nothing", async () => {
    const missingFile = join(directory, 'no-existe.sqlite');
    const absent = copy('--from', missingFile, '--to', join(directory, 'otra.sqlite'));
    expect([absent.status, absent.err.trim()]).toEqual([1, `La base de origen ${missingFile} no existe.`]);
    expect(existsSync(missingFile) || existsSync(join(directory, 'otra.sqlite'))).toBe(false);
    const planFile = join(directory, 'plan.sqlite');
    await (await prepareSubgraphDatabase(plan, planFile)).destroy();
    const wrong = copy('--from', planFile, '--to', join(directory, 'otra.sqlite'));
    // What Salud migrates and the plan never does: the kit's shared tables and Salud's own.
    const names = (folders: readonly URL[]) =>
      folders.flatMap((folder) =>
        readdirSync(folder)
          .filter((file) => file.endsWith('.ts'))
          .map((file) => file.replace(/\.ts$/, '')),
      );
    const missingMigrations = names(salud.migrations)
      .filter((name) => !names(plan.migrations).includes(name))
      .sort();
    expect([wrong.status, wrong.err.trim()]).toEqual([
      1,
      `La base de origen (${planFile}) no está en la última migración (faltan ${missingMigrations.length}, desde ${missingMigrations[0]}): ¿es una base de este subgrafo? Si lo es, arranque el subgrafo una vez sobre ella y vuelva a copiar.`,
    ]);
    expect(existsSync(join(directory, 'otra.sqlite'))).toBe(false);
    const missing = copy('--from', sqliteFile);
    expect(missing.status).toBe(2);
    expect(missing.err.trim()).toBe(
      'Uso: npm run db:copy -- <subgrafo> --from <archivo SQLite o postgres://…> --to <postgres://… o archivo SQLite> [--replace]',
    );
  });
});
