import { mkdirSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import { generateScaledDatabases, scaledDatabasePath } from './data/scaled-databases.js';
import { post } from './http.js';
import { load, type LoadResult } from './load.js';
import { startChild, type Child } from './processes/child.js';
import type { FrontDoor } from './processes/front-door.js';
import { fullRefresh, percentile } from './refresh.js';
import { summarise, printSummary, type WorkloadRun } from './summary.js';
import { ALL_MUNICIPALITIES, FACTS_PAGE, MINISTRIES, ONE_DEPARTMENT, WHOLE_PLAN } from './workloads.js';

const { values } = parseArgs({
  options: {
    municipalities: { type: 'string', default: '1100' },
    data: { type: 'string', default: 'bench-data' },
    'reuse-data': { type: 'boolean', default: false },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '4' },
    out: { type: 'string', default: 'bench-results/latest.json' },
  },
});
const SUBGRAPHS = ['igualdad', 'salud', 'sena', 'educacion', 'trabajo'] as const;
const DOORS: FrontDoor[] = ['apollo', 'hive', 'in-process'];
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const dataDir = resolve(values.data);
const started = performance.now();
const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

if (!values['reuse-data'] || !SUBGRAPHS.every((name) => existsSync(scaledDatabasePath(dataDir, name)))) {
  log(`Generando datos sintéticos (${values.municipalities} municipios) en ${dataDir}`);
  await generateScaledDatabases({ out: dataDir, municipalities: Number(values.municipalities), seed: 2025 });
}

log('Iniciando los cinco subgrafos');
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

/** SQL statements behind whatever `action` sends: the subgraphs' for HTTP front doors, the door's own in one process. */
async function statementsDuring<T>(door: FrontDoor, gateway: Child, action: () => Promise<T>): Promise<{ statements: number; result: T }> {
  const count = async () =>
    door === 'in-process' ? (await gateway.stats()).statements : (await Promise.all(subgraphs.map((child) => child.stats()))).reduce((sum, stats) => sum + stats.statements, 0);
  const before = await count();
  const result = await action();
  return { statements: (await count()) - before, result };
}

/** The same request to the three doors must give the same data, compared as JSON values. */
async function sameAnswers(doors: Map<FrontDoor, Child>, label: string, query: string, variables: Record<string, unknown> = {}): Promise<Map<FrontDoor, string>> {
  const answers = new Map<FrontDoor, string>();
  for (const [door, gateway] of doors) answers.set(door, await post(gateway.url, query, variables));
  const reference = JSON.parse(answers.get('apollo')!);
  for (const [door, text] of answers) {
    if (!isDeepStrictEqual(JSON.parse(text), reference)) throw new Error(`${label}: ${door} no devuelve los mismos datos que apollo`);
  }
  return answers;
}

async function startAll(): Promise<Map<FrontDoor, Child>> {
  const doors = new Map<FrontDoor, Child>();
  for (const door of DOORS) doors.set(door, await startDoor(door));
  return doors;
}

async function stopAll(doors: Map<FrontDoor, Child>): Promise<void> {
  await Promise.all([...doors.values()].map((door) => door.stop()));
}

/** W1 and W2: identical answers from the three doors first, then a closed-loop load on each in turn. */
async function loadWorkload(name: string, query: string, entityProbe?: { query: string; variables: Record<string, unknown> }): Promise<WorkloadRun> {
  log(`${name}: iniciando las tres puertas de entrada`);
  const doors = await startAll();
  try {
    const answers = await sameAnswers(doors, name, query);
    log(`${name}: las tres puertas devuelven los mismos datos (${answers.get('apollo')!.length} bytes)`);
    const results: WorkloadRun['doors'] = {};
    for (const [door, gateway] of doors) {
      const { statements } = await statementsDuring(door, gateway, () => post(gateway.url, query));
      const probeStatements = entityProbe
        ? (await statementsDuring(door, gateway, () => post(gateway.url, entityProbe.query, entityProbe.variables))).statements
        : undefined;
      const body = JSON.stringify({ query, variables: {} });
      await load(gateway.url, body, answers.get(door)!, warmup, connections);
      const measured: LoadResult = await load(gateway.url, body, answers.get(door)!, seconds, connections);
      const { peakRss } = await gateway.stats();
      results[door] = { ...measured, peakRssMiB: peakRss / 2 ** 20, statementsPerRequest: statements, statementsForOneDepartment: probeStatements };
      log(`${name} ${door}: ${measured.requestsPerSecond.toFixed(1)} req/s, p50 ${measured.p50Ms} ms, p99 ${measured.p99Ms} ms, ${statements} sentencias SQL`);
    }
    return { workload: name, responseBytes: answers.get('apollo')!.length, doors: results };
  } finally {
    await stopAll(doors);
  }
}

/** W3: the same full refresh through each door; the digests of the pulled facts must match. */
async function refreshWorkload(): Promise<WorkloadRun> {
  log('W3: iniciando las tres puertas de entrada');
  const doors = await startAll();
  try {
    // Before timing: each ministry's first page, identical from every door (and plans warmed up).
    for (const ministry of MINISTRIES) await sameAnswers(doors, `W3 ${ministry}`, FACTS_PAGE, { ministry, after: null });
    log('W3: las tres puertas devuelven las mismas primeras páginas');
    const results: WorkloadRun['doors'] = {};
    const digests = new Map<FrontDoor, string>();
    for (const [door, gateway] of doors) {
      const { statements, result: refresh } = await statementsDuring(door, gateway, () => fullRefresh(gateway.url));
      digests.set(door, refresh.digest);
      const { peakRss } = await gateway.stats();
      results[door] = {
        requestsPerSecond: refresh.pages / refresh.seconds,
        p50Ms: percentile(refresh.latencies, 0.5),
        p99Ms: percentile(refresh.latencies, 0.99),
        requests: refresh.pages,
        failures: 0,
        peakRssMiB: peakRss / 2 ** 20,
        statementsPerRequest: statements / refresh.pages,
        facts: refresh.facts,
        factsPerSecond: refresh.facts / refresh.seconds,
      };
      log(`W3 ${door}: ${refresh.facts} hechos en ${refresh.pages} páginas, ${refresh.seconds.toFixed(1)} s, ${(refresh.facts / refresh.seconds).toFixed(0)} hechos/s`);
    }
    // After timing: every fact of every page, identical from every door.
    if (new Set(digests.values()).size !== 1) throw new Error(`W3: las puertas no devuelven los mismos hechos: ${JSON.stringify(Object.fromEntries(digests))}`);
    return { workload: 'W3', doors: results };
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
    settings: { municipalities: Number(values.municipalities), seconds, warmup, connections },
    runs,
    summary: summarise(runs),
    totalSeconds: (performance.now() - started) / 1000,
  };
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(resolve(values.out), `${JSON.stringify(report, null, 2)}\n`);
  printSummary(report.summary);
  log(`Resultados en ${resolve(values.out)}`);
} finally {
  await Promise.all(subgraphs.map((child) => child.stop()));
}
