import { describe, expect, it } from 'vitest';
import { summarise, type DoorResult, type WorkloadRun } from '../../bench/summary.js';

const door = (requestsPerSecond: number, extra: Partial<DoorResult> = {}): DoorResult => ({
  engine: 'sqlite',
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
  it('judges each workload by the ratios the issue names, between doors of the same run', () => {
    const runs: WorkloadRun[] = [
      {
        workload: 'W1',
        doors: {
          apollo: door(150),
          'apollo-cached': door(400),
          hive: door(100),
          'hive-rust': door(160),
          grafbase: door(300),
          floor: door(600),
        },
      },
      {
        workload: 'W3',
        doors: {
          apollo: door(80, { factsPerSecond: 40_000 }),
          hive: door(70, { factsPerSecond: 20_000 }),
          floor: door(90, { factsPerSecond: 100_000 }),
        },
        unavailable: { grafbase: 'no arrancó' },
      },
    ];
    expect(summarise(runs).map(({ workload, metric, ratio, met }) => [workload, metric, Number(ratio.toFixed(3)), met])).toEqual([
      ['W1', 'requestsPerSecond', 1.5, true],
      ['W1', 'requestsPerSecond', 0.938, false],
      ['W1', 'requestsPerSecond', 0.5, null],
      ['W1', 'requestsPerSecond', 0.25, null],
      ['W1', 'requestsPerSecond (warm)', 0.667, true],
      ['W3', 'factsPerSecond', 0.4, false],
      ['W3', 'factsPerSecond', 2, true],
      ['W3', 'factsPerSecond', Number.NaN, null],
      ['W3', 'factsPerSecond', Number.NaN, null],
    ]);
  });

  it('fails the statements target when a request for all departments costs more than for one', () => {
    const runs: WorkloadRun[] = [
      {
        workload: 'W2',
        doors: { apollo: door(12, { statementsPerRequest: 40, statementsForOneDepartment: 12 }), hive: door(10), floor: door(60) },
      },
    ];
    expect(summarise(runs).find(({ metric }) => metric === 'statementsPerRequest')?.met).toBe(false);
  });
});
