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
import { summarise, printSummary, type CpuSplit, type WorkloadRun } from './summary.js';
import { SUBGRAPH_NAMES as SUBGRAPHS } from '@cnim/kit';
import { ALL_MUNICIPALITIES, FACT_TABLE_PAGE, MINISTRIES, ONE_DEPARTMENT, WHOLE_PLAN } from './workloads.js';
import { CLUSTER_DOORS, CLUSTER_PROCESSES, FRONT_DOORS, REFRESH_DOORS } from './doors.js';

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
  },
});
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

if (!values['reuse-data'] || !SUBGRAPHS.every((name) => existsSync(scaledDatabasePath(dataDir, name)))) {
  log(`Generando datos sintéticos (${values.municipalities} municipios) en ${dataDir}`);
  await generateScaledDatabases({ out: dataDir, municipalities: Number(values.municipalities), seed: 2025 });
}

log(`Iniciando los ${SUBGRAPHS.length} subgrafos del registro`);
const subgraphEntry = new URL('./processes/subgraph.ts', import.meta.url);
const subgraphs = await Promise.all(
  SUBGRAPHS.map((name) => startChild(subgraphEntry, { BENCH_SUBGRAPH: name, BENCH_DB_PATH: scaledDatabasePath(dataDir, name) })),
);
const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name, index) => [name, subgraphs[index]!.url]));

function startDoor(door: FrontDoor): Promise<Child> {
  return startChild(new URL('./processes/front-door.ts', import.meta.url), {
    BENCH_DOOR: door,
    BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
    BENCH_DB_DIR: dataDir,
  });
}

/**
 * SQL statements and CPU behind whatever `action` sends. Statements are the subgraphs' for HTTP front
 * doors and the door's own in one process.
 */
async function measureDuring<T>(door: FrontDoor, gateway: Child, action: () => Promise<T>): Promise<{ statements: number; cpuMs: CpuSplit; result: T }> {
  const snapshot = async () => {
    const [own, subgraphStats] = await Promise.all([gateway.stats(), Promise.all(subgraphs.map((child) => child.stats()))]);
    const { user, system } = process.cpuUsage();
    return {
      statements: door === 'floor' ? own.statements : subgraphStats.reduce((sum, stats) => sum + stats.statements, 0),
      cpu: { gateway: own.cpuMs, subgraphs: subgraphStats.reduce((sum, stats) => sum + stats.cpuMs, 0), client: (user + system) / 1000 },
    };
  };
  const before = await snapshot();
  const result = await action();
  const after = await snapshot();
  return {
    statements: after.statements - before.statements,
    cpuMs: {
      gateway: after.cpu.gateway - before.cpu.gateway,
      subgraphs: after.cpu.subgraphs - before.cpu.subgraphs,
      client: after.cpu.client - before.cpu.client,
    },
    result,
  };
}

const perRequest = (cpu: CpuSplit, requests: number): CpuSplit => ({
  gateway: cpu.gateway / requests,
  subgraphs: cpu.subgraphs / requests,
  client: cpu.client / requests,
});

/**
 * The same request to every door must give the same data, compared as JSON values with ours. A door
 * that answers otherwise (or fails) is stopped and recorded as not measured, with what it got wrong.
 */
async function sameAnswers(
  doors: Map<FrontDoor, Child>,
  unavailable: Partial<Record<FrontDoor, string>>,
  label: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Map<FrontDoor, string>> {
  const answers = new Map<FrontDoor, string>();
  const reference = await post(doors.get('apollo')!.url, query, variables);
  for (const [door, gateway] of doors) {
    let reason: string | undefined;
    try {
      const text = door === 'apollo' ? reference : await post(gateway.url, query, variables);
      if (isDeepStrictEqual(JSON.parse(text), JSON.parse(reference))) answers.set(door, text);
      else reason = `${label}: no devuelve los mismos datos que el gateway propio`;
    } catch (error) {
      reason = `${label}: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (reason) {
      unavailable[door] = reason;
      log(`${door}: ${reason.slice(0, 300)}`);
      doors.delete(door);
      await gateway.stop();
    }
  }
  return answers;
}

/** Starts each door; one that cannot start (a peer's binary, say) is recorded with its reason and left out. */
async function startAll(list: readonly FrontDoor[], unavailable: Partial<Record<FrontDoor, string>>): Promise<Map<FrontDoor, Child>> {
  const doors = new Map<FrontDoor, Child>();
  for (const door of list) {
    try {
      doors.set(door, await startDoor(door));
    } catch (error) {
      unavailable[door] = error instanceof Error ? error.message : String(error);
      log(`${door}: no se pudo iniciar: ${unavailable[door]!.split('\n')[0]}`);
    }
  }
  return doors;
}

async function stopAll(doors: Map<FrontDoor, Child>): Promise<void> {
  await Promise.all([...doors.values()].map((door) => door.stop()));
}

/** W1 and W2: identical answers from every door first, then a closed-loop load on each in turn. */
async function loadWorkload(name: string, query: string, entityProbe?: { query: string; variables: Record<string, unknown> }): Promise<WorkloadRun> {
  log(`${name}: iniciando las puertas de entrada`);
  const unavailable: Partial<Record<FrontDoor, string>> = {};
  const doors = await startAll(loadDoors, unavailable);
  try {
    const answers = await sameAnswers(doors, unavailable, name, query);
    const measured = [...doors.keys()];
    log(`${name}: las ${doors.size} puertas devuelven los mismos datos (${answers.get('apollo')!.length} bytes)`);
    const body = JSON.stringify({ query, variables: {} });
    const statements = new Map<FrontDoor, { all: number; one?: number }>();
    for (const [door, gateway] of doors) {
      const all = (await measureDuring(door, gateway, () => post(gateway.url, query))).statements;
      const one = entityProbe && (await measureDuring(door, gateway, () => post(gateway.url, entityProbe.query, entityProbe.variables))).statements;
      statements.set(door, { all, one });
      await load(gateway.url, body, answers.get(door)!, warmup, connections);
    }
    const rounds = new Map<FrontDoor, Array<LoadResult & { cpuMs: CpuSplit }>>(measured.map((door) => [door, []]));
    for (let round = 0; round < roundCount; round += 1) {
      for (const door of rotated(measured, round)) {
        const gateway = doors.get(door)!;
        const { result: outcome, cpuMs } = await measureDuring(door, gateway, () => load(gateway.url, body, answers.get(door)!, seconds, connections));
        rounds.get(door)!.push({ ...outcome, cpuMs: perRequest(cpuMs, outcome.requests) });
        log(`${name} ${door} (ronda ${round + 1}): ${outcome.requestsPerSecond.toFixed(1)} req/s, p50 ${outcome.p50Ms} ms, p99 ${outcome.p99Ms} ms`);
      }
    }
    const results: WorkloadRun['doors'] = {};
    for (const [door, gateway] of doors) {
      const { peakRss } = await gateway.stats();
      const { all, one } = statements.get(door)!;
      const { cpuMs, ...middle } = median(rounds.get(door)!, (result) => result.requestsPerSecond);
      results[door] = {
        ...middle,
        cpuMsPerRequest: cpuMs,
        rounds: rounds.get(door)!.map((result) => result.requestsPerSecond),
        peakRssMiB: peakRss / 2 ** 20,
        statementsPerRequest: all,
        statementsForOneDepartment: one,
      };
    }
    return { workload: name, responseBytes: answers.get('apollo')!.length, doors: results, unavailable };
  } finally {
    await stopAll(doors);
  }
}

/** W3: the same full refresh through each door; the digests of the pulled facts must match. */
async function refreshWorkload(): Promise<WorkloadRun> {
  log('W3: iniciando las puertas de entrada');
  const unavailable: Partial<Record<FrontDoor, string>> = {};
  const doors = await startAll(REFRESH_DOORS, unavailable);
  try {
    // Before timing: each ministry's first page, identical from every door (and plans warmed up).
    for (const ministry of MINISTRIES) await sameAnswers(doors, unavailable, `W3 ${ministry}`, FACT_TABLE_PAGE, { ministry, after: null });
    const measured = [...doors.keys()];
    log(`W3: las ${doors.size} puertas devuelven las mismas primeras páginas`);
    const refreshes = new Map<FrontDoor, Array<RefreshResult & { statements: number; cpuMs: CpuSplit }>>(measured.map((door) => [door, []]));
    for (let round = 0; round < refreshRounds; round += 1) {
      for (const door of rotated(measured, round)) {
        const { statements, cpuMs, result } = await measureDuring(door, doors.get(door)!, () => fullRefresh(doors.get(door)!.url));
        refreshes.get(door)!.push({ ...result, statements, cpuMs: perRequest(cpuMs, result.pages) });
        log(`W3 ${door} (ronda ${round + 1}): ${result.facts} hechos en ${result.pages} páginas, ${result.seconds.toFixed(1)} s, ${(result.facts / result.seconds).toFixed(0)} hechos/s`);
      }
    }
    const results: WorkloadRun['doors'] = {};
    const digests = new Set<string>();
    for (const [door, gateway] of doors) {
      const all = refreshes.get(door)!;
      for (const refresh of all) digests.add(refresh.digest);
      const refresh = median(all, (result) => result.facts / result.seconds);
      const { peakRss } = await gateway.stats();
      results[door] = {
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
      };
    }
    // After timing: every fact of every page, identical from every door.
    if (digests.size !== 1) throw new Error(`W3: las puertas no devuelven los mismos hechos (${digests.size} resúmenes distintos)`);
    return { workload: 'W3', doors: results, unavailable };
  } finally {
    await stopAll(doors);
  }
}

try {
  const runs = [
    await loadWorkload('W1', WHOLE_PLAN),
    await loadWorkload('W2', ALL_MUNICIPALITIES, { query: ONE_DEPARTMENT, variables: { code: '05' } }),
    await refreshWorkload(),
  ];
  const report = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: { cpu: cpus()[0]?.model ?? 'desconocida', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    settings: { municipalities: Number(values.municipalities), seconds, warmup, connections, rounds: roundCount, refreshRounds, gateways: [...gatewayCounts] },
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
  await Promise.all(subgraphs.map((child) => child.stop()));
}
