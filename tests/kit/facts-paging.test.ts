import {
  DEVELOPMENT_RUNTIME,
  IN_MEMORY,
  indicatorCodes,
  pageFacts,
  prepareSubgraphDatabase,
  type FactConnectionView,
  type FactView,
} from '@cnim/kit';
import { salud } from '@cnim/salud';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const db = await prepareSubgraphDatabase(salud, IN_MEMORY);
let known: Set<string>;

/** A value recorded after the report, in Salud's own recorded_value table. */
function recorded(
  territory: string,
  period: { id: string; start: string; end: string },
  value: number,
): FactView & { recorded_at: string; version: number } {
  return {
    id: `SALUD-12-ASIGNACION|${period.id}|${territory}|TOTAL|TOTAL|TOTAL`,
    indicator_code: 'SALUD-12-ASIGNACION',
    action_number: 12,
    ministry: 'SALUD',
    territory_level: 'MUNICIPALITY',
    territory_code: territory,
    period_id: period.id,
    period_start: period.start,
    period_end: period.end,
    site: 'TOTAL',
    sex: 'TOTAL',
    nationality: 'TOTAL',
    value,
    unit: 'COP',
    cut_id: '2025-11',
    recorded_at: '2026-01-15T12:00:00.000Z',
    version: 1,
  };
}

const YEAR = { id: '2025', start: '2025-01-01', end: '2025-12-31' };
const Q4 = { id: '2025Q4', start: '2025-10-01', end: '2025-12-31' };

beforeAll(async () => {
  known = await indicatorCodes(db);
  // New values whose ids sort before, between and after the report's 2025 allocations (Medellín
  // 05001, Bogotá 11001, Buenaventura 76109), one in a quarter, and a correction of a report fact
  // (Cúcuta's 2025 allocation).
  await db
    .insertInto('recorded_value')
    .values([
      recorded('05001', YEAR, 5),
      recorded('11001', YEAR, 6),
      recorded('76109', YEAR, 8),
      recorded('54874', Q4, 9),
      recorded('54001', YEAR, 441640401),
    ])
    .execute();
});
afterAll(() => db.destroy());

async function everyPage(pageSize: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page: FactConnectionView = await pageFacts(
      db,
      { filter: { indicator: ['SALUD-12-ASIGNACION'] }, first: pageSize, after },
      known,
      DEVELOPMENT_RUNTIME.cursors,
    );
    ids.push(...page.nodes.map((node) => node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return ids;
}

describe('fact pages over report facts and recorded values', () => {
  it('returns every current fact once, in id order, at any page size', async () => {
    const whole = await everyPage(1000);
    // The report's 13 allocations plus four new values; the correction replaces a report fact.
    expect(whole).toHaveLength(17);
    expect(whole).toEqual([...whole].sort());
    expect(new Set(whole).size).toBe(17);
    expect(whole.slice(0, 4)).toEqual([
      'SALUD-12-ASIGNACION|2025Q4|54874|TOTAL|TOTAL|TOTAL',
      'SALUD-12-ASIGNACION|2025|05001|TOTAL|TOTAL|TOTAL',
      'SALUD-12-ASIGNACION|2025|05490|TOTAL|TOTAL|TOTAL',
      'SALUD-12-ASIGNACION|2025|05837|TOTAL|TOTAL|TOTAL',
    ]);
    for (const size of [1, 2, 3, 7]) expect(await everyPage(size)).toEqual(whole);
  });

  it('serves a corrected fact with its recorded value and counts it once', async () => {
    const page = await pageFacts(
      db,
      { filter: { territory: '54001', indicator: ['SALUD-12-ASIGNACION'] }, first: 10 },
      known,
      DEVELOPMENT_RUNTIME.cursors,
    );
    expect(page.totalCount).toBe(1);
    expect(page.nodes.map(({ period_id, value }) => [period_id, value])).toEqual([['2025', 441640401]]);
  });
});
