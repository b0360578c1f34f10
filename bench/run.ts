import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { generateScaledDatabases, scaledDatabasePath } from './scaled-data/scaled-databases.js';
import { post } from './http.js';
import { load, type LoadResult } from './load.js';
import { startChild, type Child } from './processes/child.js';
import type { FrontDoor } from './doors.js';
import { fullRefresh, percentile, type RefreshResult } from './refresh.js';
import { markdownTables } from './markdown.js';
import { summarise, printSummary, type CpuSplit, type DoorResult, type EngineDoors, type WorkloadRun } from './summary.js';
import { SUBGRAPH_NAMES as SUBGRAPHS } from '@cnim/kit';
import { ALL_MUNICIPALITIES, FACT_TABLE_PAGE, MINISTRIES, ONE_DEPARTMENT, WHOLE_PLAN } from './workloads.js';
import { CLUSTER_DOORS, CLUSTER_PROCESSES, FRONT_DOORS, REFRESH_DOORS } from './doors.js';
import { ENGINE_DOORS, ENGINE_NAMES, contenderName, parseEngines, type Contender, type Engine } from './engines.js';
import { startEngineSide, type EngineSide } from './engine-side.js';
import { startBenchPostgres } from './postgres/postgres-server.js';
import { copyScaledData, type ScaledCopy } from './postgres/scaled-copies.js';

const { values } = parseArgs({
  options: {
    municipalities: { type: 'string', default: '1100' },
    data: { type: 'string', default: 'bench-data' },
    'reuse-data': { type: 'boolean', default: false },
    seconds: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '3' },
    'refresh-rounds': { type: 'string', default: '2' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '4' },
    out: { type: 'string', default: 'bench-results/latest.json' },
    // 1,2,4 adds our gateway as 2 and 4 processes on one port (npm run start:cluster) to W1 and W2.
    gateways: { type: 'string', default: '1' },
    // sqlite,postgres adds ours (cold) and the floor with the subgraphs on Postgres (BENCH_DATABASE_URL, or an embedded server).
    engines: { type: 'string', default: 'sqlite' },
  },
});
let engines: Engine[];
try {
  engines = parseEngines(values.engines);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const gatewayCounts = new Set(values.gateways.split(',').map(Number));
const loadDoors: FrontDoor[] = [...FRONT_DOORS, ...CLUSTER_DOORS.filter((door) => gatewayCounts.has(CLUSTER_PROCESSES[door]))];
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const roundCount = Number(values.rounds);
const refreshRounds = Number(values['refresh-rounds']);

/** Each round visits the doors in another order, so none always runs first (or last) on a warm machine. */
function rotated<T>(items: readonly T[], round: number): T[] {
  return items.map((_, index) => items[(index + round) % items.length]!);
}

/** The round with the median value: the figure least moved by a noisy neighbour on a 2-core machine. */
function median<T>(results: readonly T[], value: (result: T) => number): T {
  return [...results].sort((a, b) => value(a) - value(b))[Math.floor((results.length - 1) / 2)]!;
}
const dataDir = resolve(values.data);
const started = performance.now();
const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** The subgraphs of each engine of the run, started below. */
const sides = new Map<Engine, EngineSide>();

function startDoor({ door, engine }: Contender): Promise<Child> {
  const side = sides.get(engine)!;
  return startChild(new URL('./processes/front-door.ts', import.meta.url), {
    BENCH_DOOR: door,
    BENCH_SUBGRAPH_URLS: JSON.stringify(side.subgraphUrls),
    BENCH_DB_DIR: dataDir,
    BENCH_DB_LOCATIONS: JSON.stringify(side.locations),
  });
}

/** Every door of `doors` on SQLite, then ours and the floor on each other engine of the run. */
function contenders(doors: readonly FrontDoor[]): Contender[] {
  return engines.flatMap((engine) =>
    doors.filter((door) => engine === 'sqlite' || ENGINE_DOORS.includes(door)).map((door) => ({ door, engine })),
  );
}

/**
 * SQL statements and CPU behind whatever `action` sends. Statements are the subgraphs' for HTTP front
 * doors and the door's own in one process. The subgraphs' CPU is that of the contender's engine, with
 * its database server's (Postgres: the server's processes, also where the floor's own queries run).
 */
async function measureDuring<T>(
  { door, engine }: Contender,
  gateway: Child,
  action: () => Promise<T>,
): Promise<{ statements: number; cpuMs: CpuSplit; result: T }> {
  const side = sides.get(engine)!;
  const snapshot = async () => {
    const [own, subgraphStats] = await Promise.all([gateway.stats(), Promise.all(side.subgraphs.map((child) => child.stats()))]);
    const { user, system } = process.cpuUsage();
    const server = side.serverCpuMs?.();
    const cpu: CpuSplit = {
      gateway: own.cpuMs,
      subgraphs: subgraphStats.reduce((sum, stats) => sum + stats.cpuMs, 0) + (server ?? 0),
      client: (user + system) / 1000,
    };
    if (server !== undefined) cpu.databaseServer = server;
    return { statements: door === 'floor' ? own.statements : subgraphStats.reduce((sum, stats) => sum + stats.statements, 0), cpu };
  };
  const before = await snapshot();
  const result = await action();
  const after = await snapshot();
  return {
    statements: after.statements - before.statements,
    cpuMs: eachFigure(after.cpu, (key) => after.cpu[key]! - before.cpu[key]!),
    result,
  };
}

/** A split with each figure computed again, the database server's only where it was measured. */
function eachFigure(cpu: CpuSplit, figure: (key: keyof CpuSplit) => number): CpuSplit {
  const split: CpuSplit = { gateway: figure('gateway'), subgraphs: figure('subgraphs'), client: figure('client') };
  if (cpu.databaseServer !== undefined) split.databaseServer = figure('databaseServer');
  return split;
}

const perRequest = (cpu: CpuSplit, requests: number): CpuSplit => eachFigure(cpu, (key) => cpu[key]! / requests);

/** The reference every door's answers must equal: ours on SQLite. */
const isReference = ({ door, engine }: Contender) => door === 'apollo' && engine === 'sqlite';

/** A workload's results and unavailable doors on one engine, as the JSON keeps them. */
function onEngine(engine: Engine, results: Map<Contender, DoorResult>, unavailable: Map<Contender, string>): EngineDoors {
  const pick = <T>(map: Map<Contender, T>) =>
    Object.fromEntries([...map].filter(([contender]) => contender.engine === engine).map(([contender, value]) => [contender.door, value]));
  return { doors: pick(results), unavailable: pick(unavailable) };
}

/** A workload as the JSON keeps it: every door on SQLite, and ours and the floor on Postgres when the run measures it. */
function workloadRun(
  workload: string,
  results: Map<Contender, DoorResult>,
  unavailable: Map<Contender, string>,
  responseBytes?: number,
): WorkloadRun {
  return {
    workload,
    ...(responseBytes === undefined ? {} : { responseBytes }),
    ...onEngine('sqlite', results, unavailable),
    ...(engines.includes('postgres') ? { postgres: onEngine('postgres', results, unavailable) } : {}),
  };
}

/**
 * The same request to every door must give the same data, compared as JSON values with ours on SQLite
 * (whatever engine the door reads). A door that answers otherwise (or fails) is stopped and recorded as
 * not measured, with what it got wrong.
 */
async function sameAnswers(
  doors: Map<Contender, Child>,
  unavailable: Map<Contender, string>,
  label: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Map<Contender, string>> {
  const answers = new Map<Contender, string>();
  const reference = await post([...doors].find(([contender]) => isReference(contender))![1].url, query, variables);
  for (const [contender, gateway] of doors) {
    let reason: string | undefined;
    try {
      const text = isReference(contender) ? reference : await post(gateway.url, query, variables);
      if (isDeepStrictEqual(JSON.parse(text), JSON.parse(reference))) answers.set(contender, text);
      else
        reason = `${label}: no devuelve los mismos datos que el gateway propio${contender.engine === 'sqlite' ? '' : ` sobre SQLite (los subgrafos sobre ${ENGINE_NAMES[contender.engine]})`}`;
    } catch (error) {
      reason = `${label}: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (reason) {
      unavailable.set(contender, reason);
      log(`${contenderName(contender)}: ${reason.slice(0, 300)}`);
      doors.delete(contender);
      await gateway.stop();
    }
  }
  return answers;
}

/** Starts each door; one that cannot start (a peer's binary, say) is recorded with its reason and left out. */
async function startAll(list: readonly Contender[], unavailable: Map<Contender, string>): Promise<Map<Contender, Child>> {
  const doors = new Map<Contender, Child>();
  for (const contender of list) {
    try {
      doors.set(contender, await startDoor(contender));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      unavailable.set(contender, reason);
      log(`${contenderName(contender)}: no se pudo iniciar: ${reason.split('\n')[0]}`);
    }
  }
  return doors;
}

async function stopAll(doors: Map<Contender, Child>): Promise<void> {
  await Promise.all([...doors.values()].map((door) => door.stop()));
}

/** W1 and W2: identical answers from every door first, then a closed-loop load on each in turn. */
async function loadWorkload(
  name: string,
  query: string,
  entityProbe?: { query: string; variables: Record<string, unknown> },
): Promise<WorkloadRun> {
  log(`${name}: iniciando las puertas de entrada`);
  const unavailable = new Map<Contender, string>();
  const doors = await startAll(contenders(loadDoors), unavailable);
  try {
    const answers = await sameAnswers(doors, unavailable, name, query);
    const measured = [...doors.keys()];
    const responseBytes = answers.get(measured.find(isReference)!)!.length;
    log(`${name}: las ${doors.size} puertas devuelven los mismos datos (${responseBytes} bytes)`);
    const body = JSON.stringify({ query, variables: {} });
    const statements = new Map<Contender, { all: number; one?: number }>();
    for (const [contender, gateway] of doors) {
      const all = (await measureDuring(contender, gateway, () => post(gateway.url, query))).statements;
      const one =
        entityProbe &&
        (await measureDuring(contender, gateway, () => post(gateway.url, entityProbe.query, entityProbe.variables))).statements;
      statements.set(contender, { all, one });
      await load(gateway.url, body, answers.get(contender)!, warmup, connections);
    }
    const rounds = new Map<Contender, Array<LoadResult & { cpuMs: CpuSplit }>>(measured.map((contender) => [contender, []]));
    for (let round = 0; round < roundCount; round += 1) {
      for (const contender of rotated(measured, round)) {
        const gateway = doors.get(contender)!;
        const { result: outcome, cpuMs } = await measureDuring(contender, gateway, () =>
          load(gateway.url, body, answers.get(contender)!, seconds, connections),
        );
        rounds.get(contender)!.push({ ...outcome, cpuMs: perRequest(cpuMs, outcome.requests) });
        log(
          `${name} ${contenderName(contender)} (ronda ${round + 1}): ${outcome.requestsPerSecond.toFixed(1)} req/s, p50 ${outcome.p50Ms} ms, p99 ${outcome.p99Ms} ms`,
        );
      }
    }
    const results = new Map<Contender, DoorResult>();
    for (const [contender, gateway] of doors) {
      const { peakRss } = await gateway.stats();
      const { all, one } = statements.get(contender)!;
      const { cpuMs, ...middle } = median(rounds.get(contender)!, (result) => result.requestsPerSecond);
      results.set(contender, {
        engine: contender.engine,
        ...middle,
        cpuMsPerRequest: cpuMs,
        rounds: rounds.get(contender)!.map((result) => result.requestsPerSecond),
        peakRssMiB: peakRss / 2 ** 20,
        statementsPerRequest: all,
        statementsForOneDepartment: one,
      });
    }
    return workloadRun(name, results, unavailable, responseBytes);
  } finally {
    await stopAll(doors);
  }
}

/** W3: the same full refresh through each door; the digests of the pulled facts must match, on every engine. */
async function refreshWorkload(): Promise<WorkloadRun> {
  log('W3: iniciando las puertas de entrada');
  const unavailable = new Map<Contender, string>();
  const doors = await startAll(contenders(REFRESH_DOORS), unavailable);
  try {
    // Before timing: each ministry's first page, identical from every door (and plans warmed up).
    for (const ministry of MINISTRIES) await sameAnswers(doors, unavailable, `W3 ${ministry}`, FACT_TABLE_PAGE, { ministry, after: null });
    const measured = [...doors.keys()];
    log(`W3: las ${doors.size} puertas devuelven las mismas primeras páginas`);
    const refreshes = new Map<Contender, Array<RefreshResult & { statements: number; cpuMs: CpuSplit }>>(
      measured.map((contender) => [contender, []]),
    );
    for (let round = 0; round < refreshRounds; round += 1) {
      for (const contender of rotated(measured, round)) {
        const { statements, cpuMs, result } = await measureDuring(contender, doors.get(contender)!, () =>
          fullRefresh(doors.get(contender)!.url),
        );
        refreshes.get(contender)!.push({ ...result, statements, cpuMs: perRequest(cpuMs, result.pages) });
        log(
          `W3 ${contenderName(contender)} (ronda ${round + 1}): ${result.facts} hechos en ${result.pages} páginas, ${result.seconds.toFixed(1)} s, ${(result.facts / result.seconds).toFixed(0)} hechos/s`,
        );
      }
    }
    const results = new Map<Contender, DoorResult>();
    // Each digest with the doors that pulled it, to name them if they differ.
    const digests = new Map<string, Set<string>>();
    for (const [contender, gateway] of doors) {
      const all = refreshes.get(contender)!;
      for (const refresh of all) digests.set(refresh.digest, (digests.get(refresh.digest) ?? new Set()).add(contenderName(contender)));
      const refresh = median(all, (result) => result.facts / result.seconds);
      const { peakRss } = await gateway.stats();
      results.set(contender, {
        engine: contender.engine,
        requestsPerSecond: refresh.pages / refresh.seconds,
        p50Ms: percentile(refresh.latencies, 0.5),
        p99Ms: percentile(refresh.latencies, 0.99),
        requests: refresh.pages,
        failures: 0,
        rounds: all.map((result) => result.facts / result.seconds),
        peakRssMiB: peakRss / 2 ** 20,
        statementsPerRequest: refresh.statements / refresh.pages,
        cpuMsPerRequest: refresh.cpuMs,
        facts: refresh.facts,
        factsPerSecond: refresh.facts / refresh.seconds,
      });
    }
    // After timing: every fact of every page, identical from every door on every engine.
    if (digests.size !== 1) {
      const groups = [...digests].map(([digest, names]) => `${[...names].join(', ')}: ${digest.slice(0, 16)}…`).join('; ');
      throw new Error(`W3: las puertas no devuelven los mismos hechos (${digests.size} resúmenes distintos: ${groups})`);
    }
    return workloadRun('W3', results, unavailable);
  } finally {
    await stopAll(doors);
  }
}

/** Stops what the run started, last first, whether it ended well or not. */
const stops: Array<() => Promise<void>> = [];
try {
  if (!values['reuse-data'] || !SUBGRAPHS.every((name) => existsSync(scaledDatabasePath(dataDir, name)))) {
    log(`Generando datos sintéticos (${values.municipalities} municipios) en ${dataDir}`);
    await generateScaledDatabases({ out: dataDir, municipalities: Number(values.municipalities), seed: 2025 });
  }
  log(`Iniciando los ${SUBGRAPHS.length} subgrafos del registro`);
  const onSqlite = await startEngineSide(
    Object.fromEntries(SUBGRAPHS.map((name) => [name, scaledDatabasePath(dataDir, name)])) as EngineSide['locations'],
  );
  stops.push(() => onSqlite.stop());
  sides.set('sqlite', onSqlite);
  let postgres: { server: string; copies: ScaledCopy[] } | undefined;
  if (engines.includes('postgres')) {
    log('Postgres: iniciando el servidor');
    const server = await startBenchPostgres();
    stops.push(() => server.stop());
    log(`Postgres: ${server.description}${server.cpuMs ? '' : ' (sus procesos no están en esta máquina: su CPU no se mide)'}`);
    const { locations, copies } = await copyScaledData(server, dataDir, log);
    postgres = { server: server.description, copies };
    log(`Iniciando los ${SUBGRAPHS.length} subgrafos del registro sobre Postgres`);
    const onPostgres = await startEngineSide(locations, server.cpuMs);
    stops.push(() => onPostgres.stop());
    sides.set('postgres', onPostgres);
  }
  const runs = [
    await loadWorkload('W1', WHOLE_PLAN),
    await loadWorkload('W2', ALL_MUNICIPALITIES, { query: ONE_DEPARTMENT, variables: { code: '05' } }),
    await refreshWorkload(),
  ];
  const report = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      cpu: cpus()[0]?.model ?? 'desconocida',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    settings: {
      municipalities: Number(values.municipalities),
      seconds,
      warmup,
      connections,
      rounds: roundCount,
      refreshRounds,
      gateways: [...gatewayCounts],
      engines,
    },
    ...(postgres ? { postgres } : {}),
    runs,
    summary: summarise(runs),
    totalSeconds: (performance.now() - started) / 1000,
  };
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(resolve(values.out), `${JSON.stringify(report, null, 2)}\n`);
  printSummary(report.summary);
  console.log(`\n${markdownTables(runs, report.summary)}\n`);
  log(`Resultados en ${resolve(values.out)}`);
} finally {
  for (const stop of stops.reverse()) await stop();
}
