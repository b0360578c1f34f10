import type { LoadResult } from './load.js';
import type { FrontDoor } from './doors.js';
import type { Engine } from './engines.js';

/** Where the CPU goes: the front door's process, the subgraphs' and the load generator's, in milliseconds. */
export interface CpuSplit {
  gateway: number;
  /** The subgraph processes' and, on Postgres, the database server's: the work behind the door. */
  subgraphs: number;
  client: number;
  /** On Postgres, the server's share of `subgraphs` (its postmaster and every process under it), when it runs on this machine. */
  databaseServer?: number;
}

export interface DoorResult extends LoadResult {
  /** What the subgraphs (and the floor) read: ours and the floor are measured on each engine `--engines` names, the rest on SQLite. */
  engine: Engine;
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

/** The doors measured on one engine, and those that could not be, with why. */
export interface EngineDoors {
  doors: Partial<Record<FrontDoor, DoorResult>>;
  /** Doors that could not serve this workload, with why (a peer that failed to start, for instance). */
  unavailable?: Partial<Record<FrontDoor, string>>;
}

/** One workload: every door on SQLite, which the targets compare, and with `--engines sqlite,postgres` ours and the floor on Postgres too, in the same rounds. */
export interface WorkloadRun extends EngineDoors {
  workload: string;
  responseBytes?: number;
  postgres?: EngineDoors;
}

export interface Target {
  workload: string;
  metric: string;
  /** Ours ÷ the peer (NaN when a door could not be measured). */
  ratio: number;
  target: string;
  /** null for a ratio the issue asks to report without a target. */
  met: boolean | null;
}

interface Comparison {
  ours: FrontDoor;
  peer: FrontDoor;
  /** The least ratio that meets the target; absent for a ratio only reported. */
  atLeast?: number;
  label: string;
}

/** The targets (issue 13), as ratios between doors measured in the same run. */
const COMPARISONS: Record<string, Comparison[]> = {
  W1: [
    { ours: 'apollo', peer: 'hive', atLeast: 1.5, label: 'Hive Gateway, cold' },
    { ours: 'apollo', peer: 'hive-rust', atLeast: 1.0, label: 'Hive Gateway with the Rust planner, cold' },
    { ours: 'apollo', peer: 'grafbase', label: 'Grafbase, cold (reported)' },
    { ours: 'apollo', peer: 'floor', label: 'the floor, cold (reported)' },
    { ours: 'apollo-cached', peer: 'floor', atLeast: 0.5, label: 'the floor, warm (within 2×)' },
    { ours: 'apollo-x2', peer: 'apollo', label: 'one gateway process: 2 processes (reported)' },
    { ours: 'apollo-x4', peer: 'apollo', label: 'one gateway process: 4 processes (reported)' },
  ],
  W3: [
    { ours: 'apollo', peer: 'floor', atLeast: 0.5, label: 'the floor' },
    { ours: 'apollo', peer: 'hive', atLeast: 1.5, label: 'Hive Gateway' },
    { ours: 'apollo', peer: 'hive-rust', label: 'Hive Gateway with the Rust planner (reported)' },
    { ours: 'apollo', peer: 'grafbase', label: 'Grafbase (reported)' },
  ],
};
COMPARISONS.W2 = COMPARISONS.W1!;

/** Each workload's ratios between doors, judged against the targets. */
export function summarise(runs: readonly WorkloadRun[]): Target[] {
  return runs.flatMap(({ workload, doors, unavailable }) => {
    const metric = workload === 'W3' ? 'factsPerSecond' : 'requestsPerSecond';
    const value = (door: FrontDoor) => doors[door]?.[metric] ?? Number.NaN;
    // A comparison with a door this run did not try (the cluster doors without --gateways) is left out.
    const tried = (door: FrontDoor) => doors[door] !== undefined || unavailable?.[door] !== undefined || !door.startsWith('apollo-x');
    const targets: Target[] = (COMPARISONS[workload] ?? [])
      .filter(({ ours }) => tried(ours))
      .map(({ ours, peer, atLeast, label }) => {
        const ratio = value(ours) / value(peer);
        return {
          workload,
          metric: ours === 'apollo-cached' ? `${metric} (warm)` : ours.startsWith('apollo-x') ? `${metric} (${ours})` : metric,
          ratio,
          target: atLeast === undefined ? `vs ${label}` : `≥ ${atLeast}× ${label}`,
          met: atLeast === undefined ? null : ratio >= atLeast,
        };
      });
    if (workload === 'W2') {
      const ours = doors.apollo;
      const constant = ours?.statementsForOneDepartment === ours?.statementsPerRequest;
      targets.push({
        workload,
        metric: 'statementsPerRequest',
        ratio: (ours?.statementsPerRequest ?? 0) / (ours?.statementsForOneDepartment ?? 1),
        target: '= 1 (33 departamentos / 1)',
        met: constant,
      });
    }
    return targets;
  });
}

export function printSummary(targets: readonly Target[]): void {
  for (const { workload, metric, ratio, target, met } of targets) {
    console.log(
      `${met === null ? '·' : met ? '✔' : '✘'} ${workload} ${metric}: ${Number.isNaN(ratio) ? 'sin medir' : ratio.toFixed(2)} (${target})`,
    );
  }
}
