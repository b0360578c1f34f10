import type { LoadResult } from './load.js';
import type { FrontDoor } from './processes/front-door.js';

/** Where the CPU goes: the front door's process, the subgraphs' and the load generator's, in milliseconds. */
export interface CpuSplit {
  gateway: number;
  subgraphs: number;
  client: number;
}

export interface DoorResult extends LoadResult {
  /** The measure of every round (requests/s; W3: facts/s); the other figures are the median round's. */
  rounds?: number[];
  peakRssMiB: number;
  /** CPU milliseconds per request (W3: per page) of the front door, the subgraphs and the load generator, in the median round. */
  cpuMsPerRequest?: CpuSplit;
  /** SQL statements one request costs across every database it touches (W3: per page). */
  statementsPerRequest: number;
  /** W2 only: statements of the same request for one department, about 3 % of the municipalities. */
  statementsForOneDepartment?: number | undefined;
  facts?: number;
  factsPerSecond?: number;
}

export interface WorkloadRun {
  workload: string;
  responseBytes?: number;
  doors: Partial<Record<FrontDoor, DoorResult>>;
}

export interface Target {
  workload: string;
  metric: string;
  ratio: number;
  target: string;
  met: boolean;
}

const THRESHOLDS: Record<string, { vsHive: number; vsInProcess?: number }> = {
  W1: { vsHive: 1.2, vsInProcess: 0.7 },
  W2: { vsHive: 1.2, vsInProcess: 0.7 },
  W3: { vsHive: 1.2 },
};

/** The targets, as ratios of our gateway to each peer measured in the same run. */
export function summarise(runs: readonly WorkloadRun[]): Target[] {
  return runs.flatMap(({ workload, doors }) => {
    const metric = workload === 'W3' ? 'factsPerSecond' : 'requestsPerSecond';
    const value = (door: FrontDoor) => doors[door]?.[metric] ?? Number.NaN;
    const threshold = THRESHOLDS[workload]!;
    const targets: Target[] = [];
    const hive = value('apollo') / value('hive');
    targets.push({ workload, metric, ratio: hive, target: `≥ ${threshold.vsHive}× Hive Gateway`, met: hive >= threshold.vsHive });
    if (threshold.vsInProcess !== undefined) {
      const local = value('apollo') / value('in-process');
      targets.push({ workload, metric, ratio: local, target: `≥ ${threshold.vsInProcess}× un proceso`, met: local >= threshold.vsInProcess });
    }
    if (workload === 'W2') {
      const ours = doors.apollo;
      const constant = ours?.statementsForOneDepartment === ours?.statementsPerRequest;
      targets.push({ workload, metric: 'statementsPerRequest', ratio: (ours?.statementsPerRequest ?? 0) / (ours?.statementsForOneDepartment ?? 1), target: '= 1 (33 departamentos / 1)', met: constant });
    }
    return targets;
  });
}

export function printSummary(targets: readonly Target[]): void {
  for (const { workload, metric, ratio, target, met } of targets) {
    console.log(`${met ? '✔' : '✘'} ${workload} ${metric}: ${ratio.toFixed(2)} (${target})`);
  }
}
