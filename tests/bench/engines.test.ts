import { describe, expect, it } from 'vitest';
import { parseEngines } from '../../bench/engines.js';
import { markdownTables } from '../../bench/markdown.js';
import type { DoorResult, WorkloadRun } from '../../bench/summary.js';

const door = (engine: DoorResult['engine'], requestsPerSecond: number, cpuMsPerRequest: DoorResult['cpuMsPerRequest']): DoorResult => ({
  engine,
  requestsPerSecond,
  p50Ms: 10,
  p99Ms: 20,
  requests: 100,
  failures: 0,
  peakRssMiB: 100,
  statementsPerRequest: 60,
  cpuMsPerRequest,
});

describe('benchmark engines', () => {
  it('always measures SQLite, which the peers and the targets run on', () => {
    expect(parseEngines('sqlite')).toEqual(['sqlite']);
    expect(parseEngines('postgres,sqlite')).toEqual(['sqlite', 'postgres']);
    expect(() => parseEngines('postgres')).toThrow(/debe incluir sqlite/);
    expect(() => parseEngines('sqlite,mysql')).toThrow(/mysql/);
  });

  it('prints ours and the floor on both engines side by side, the Postgres server within the subgraphs', () => {
    const run: WorkloadRun = {
      workload: 'W1',
      doors: {
        apollo: door('sqlite', 100, { gateway: 5, subgraphs: 10, client: 0.2 }),
        floor: door('sqlite', 200, { gateway: 5, subgraphs: 0, client: 0.2 }),
      },
      postgres: {
        doors: { apollo: door('postgres', 50, { gateway: 5, subgraphs: 20, client: 0.2, databaseServer: 8 }) },
        unavailable: { floor: 'W1: no devuelve los mismos datos que el gateway propio sobre SQLite' },
      },
    };
    const tables = markdownTables([run], []);
    expect(tables).toContain(
      '| W1 | ours (@apollo/gateway), cold | 100.0 req/s | 50.0 req/s | 0.50 | 10.0 / 10.0 | 20.0 / 20.0 | 5.0 / 10.0 / 0.2 | 5.0 / 20.0 (8.0) / 0.2 |',
    );
    expect(tables).toContain(
      '| W1 | floor (no GraphQL) | 200.0 req/s | not measured: W1: no devuelve los mismos datos que el gateway propio sobre SQLite |',
    );
    // A run on SQLite alone prints the tables it always printed.
    expect(markdownTables([{ ...run, postgres: undefined }], [])).not.toContain('both engines');
  });
});
