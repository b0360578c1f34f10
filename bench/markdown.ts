import { ALL_DOORS, DOOR_NAMES } from './doors.js';
import { ENGINE_DOORS } from './engines.js';
import type { DoorResult, EngineDoors, Target, WorkloadRun } from './summary.js';

const number = (value: number, digits = 1) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const throughput = (workload: string, result: DoorResult) =>
  workload === 'W3' ? `${number(result.factsPerSecond ?? 0, 0)} facts/s` : `${number(result.requestsPerSecond)} req/s`;

/** Facts per second for W3, requests per second otherwise: what the tables rank doors by. */
const measure = (workload: string, result: DoorResult) => (workload === 'W3' ? (result.factsPerSecond ?? 0) : result.requestsPerSecond);

/** Door / subgraphs / load generator; on Postgres, the server's share of the subgraphs' in parentheses. */
function cpuSplit(result: DoorResult): string {
  const cpu = result.cpuMsPerRequest;
  if (!cpu) return '';
  const server = result.engine === 'sqlite' ? '' : ` (${cpu.databaseServer === undefined ? 'not measured' : number(cpu.databaseServer)})`;
  return `${number(cpu.gateway)} / ${number(cpu.subgraphs)}${server} / ${number(cpu.client)}`;
}

const notMeasured = (reason: string) => `not measured: ${reason.split('\n')[0]}`;

/** The tables of docs/performance.md and the README, printed by every run so the figures there are copied, never retyped. */
export function markdownTables(runs: readonly WorkloadRun[], targets: readonly Target[]): string {
  const rows = runs.flatMap(({ workload, doors, unavailable }) =>
    ALL_DOORS.flatMap((door) => {
      const reason = unavailable?.[door];
      if (reason) return [`| ${workload} | ${DOOR_NAMES[door]} | ${notMeasured(reason)} | | | | | | |`];
      const result = doors[door];
      if (!result) return [];
      const rounds = (result.rounds ?? []).map((value) => number(value, workload === 'W3' ? 0 : 1)).join(' / ');
      return [
        `| ${workload} | ${DOOR_NAMES[door]} | ${throughput(workload, result)} | ${rounds} | ${number(result.p50Ms)} | ${number(result.p99Ms)} | ${number(result.peakRssMiB, 0)} | ${number(result.statementsPerRequest)} | ${cpuSplit(result)} |`,
      ];
    }),
  );
  const verdicts = targets.map(
    ({ workload, metric, ratio, target, met }) =>
      `| ${workload} | ${metric} | ${Number.isNaN(ratio) ? 'not measured' : number(ratio, 2)} | ${target} | ${met === null ? 'reported' : met ? 'met' : 'not met'} |`,
  );
  return [
    '| Workload | Front door | Throughput (median round) | Every round | p50 ms | p99 ms | Peak RSS MiB | SQL statements per request | CPU ms per request: door / subgraphs / load generator |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '| Workload | Measure | Ours ÷ peer | Target | |',
    '|---|---|---|---|---|',
    ...verdicts,
    ...engineTable(runs),
  ].join('\n');
}

/**
 * With `--engines sqlite,postgres`: ours (cold) and the floor with the subgraphs on each engine, side
 * by side, as measured in the same rounds. Nothing for a run on SQLite alone.
 */
function engineTable(runs: readonly WorkloadRun[]): string[] {
  const rows = runs.flatMap((run) => {
    const { workload, postgres } = run;
    if (!postgres) return [];
    return ENGINE_DOORS.map((door) => {
      const [sqlite, pg] = [run.doors[door], postgres.doors[door]];
      const measured = (side: EngineDoors, result: DoorResult | undefined) => {
        const reason = side.unavailable?.[door];
        return result ? throughput(workload, result) : reason ? notMeasured(reason) : '';
      };
      const pair = (figure: (result: DoorResult) => number) =>
        `${sqlite ? number(figure(sqlite)) : '–'} / ${pg ? number(figure(pg)) : '–'}`;
      const ratio = sqlite && pg ? number(measure(workload, pg) / measure(workload, sqlite), 2) : '';
      return `| ${workload} | ${DOOR_NAMES[door]} | ${measured(run, sqlite)} | ${measured(postgres, pg)} | ${ratio} | ${pair((result) => result.p50Ms)} | ${pair((result) => result.p99Ms)} | ${sqlite ? cpuSplit(sqlite) : ''} | ${pg ? cpuSplit(pg) : ''} |`;
    });
  });
  if (!rows.length) return [];
  return [
    '',
    'W1–W3 on both engines: ours, cold, and the floor with the subgraphs (and the floor) on SQLite and on Postgres, in the same rounds; the other doors run on SQLite only.',
    '',
    '| Workload | Front door | SQLite (median round) | Postgres (median round) | Postgres ÷ SQLite | p50 ms SQLite / Postgres | p99 ms SQLite / Postgres | CPU ms per request on SQLite: door / subgraphs / load generator | CPU ms per request on Postgres: door / subgraphs and the Postgres server (the server alone) / load generator |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ];
}
