import { describe, expect, it } from 'vitest';
import { summarise, type DoorResult, type WorkloadRun } from '../../bench/summary.js';

const door = (requestsPerSecond: number, extra: Partial<DoorResult> = {}): DoorResult => ({
  requestsPerSecond,
  p50Ms: 1,
  p99Ms: 2,
  requests: 10,
  failures: 0,
  peakRssMiB: 100,
  statementsPerRequest: 12,
  ...extra,
});

describe('benchmark targets', () => {
  it('judges each workload by our gateway over each peer, in the same run', () => {
    const runs: WorkloadRun[] = [
      { workload: 'W1', doors: { apollo: door(120), hive: door(100), 'in-process': door(160) } },
      { workload: 'W2', doors: { apollo: door(12, { statementsForOneDepartment: 12 }), hive: door(11), 'in-process': door(6) } },
      { workload: 'W3', doors: { apollo: door(80, { factsPerSecond: 9_000 }), hive: door(70, { factsPerSecond: 7_500 }), 'in-process': door(90, { factsPerSecond: 12_000 }) } },
    ];
    expect(summarise(runs).map(({ workload, metric, ratio, met }) => [workload, metric, Number(ratio.toFixed(3)), met])).toEqual([
      ['W1', 'requestsPerSecond', 1.2, true],
      ['W1', 'requestsPerSecond', 0.75, true],
      ['W2', 'requestsPerSecond', 1.091, false],
      ['W2', 'requestsPerSecond', 2, true],
      ['W2', 'statementsPerRequest', 1, true],
      ['W3', 'factsPerSecond', 1.2, true],
    ]);
  });

  it('fails the statements target when a request for all departments costs more than for one', () => {
    const runs: WorkloadRun[] = [
      { workload: 'W2', doors: { apollo: door(12, { statementsPerRequest: 40, statementsForOneDepartment: 12 }), hive: door(10), 'in-process': door(6) } },
    ];
    expect(summarise(runs).find(({ metric }) => metric === 'statementsPerRequest')?.met).toBe(false);
  });
});
