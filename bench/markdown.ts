import { ALL_DOORS, DOOR_NAMES } from './doors.js';
import type { Target, WorkloadRun } from './summary.js';

const number = (value: number, digits = 1) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The tables of docs/performance.md and the README, printed by every run so the figures there are copied, never retyped. */
export function markdownTables(runs: readonly WorkloadRun[], targets: readonly Target[]): string {
  const rows = runs.flatMap(({ workload, doors, unavailable }) =>
    ALL_DOORS.flatMap((door) => {
      const reason = unavailable?.[door];
      if (reason) return [`| ${workload} | ${DOOR_NAMES[door]} | not measured: ${reason.split('\n')[0]} | | | | | | |`];
      const result = doors[door];
      if (!result) return [];
      const throughput = workload === 'W3' ? `${number(result.factsPerSecond ?? 0, 0)} facts/s` : `${number(result.requestsPerSecond)} req/s`;
      const rounds = (result.rounds ?? []).map((value) => number(value, workload === 'W3' ? 0 : 1)).join(' / ');
      const cpu = result.cpuMsPerRequest;
      const split = cpu ? `${number(cpu.gateway)} / ${number(cpu.subgraphs)} / ${number(cpu.client)}` : '';
      return [`| ${workload} | ${DOOR_NAMES[door]} | ${throughput} | ${rounds} | ${number(result.p50Ms)} | ${number(result.p99Ms)} | ${number(result.peakRssMiB, 0)} | ${number(result.statementsPerRequest)} | ${split} |`];
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
  ].join('\n');
}
