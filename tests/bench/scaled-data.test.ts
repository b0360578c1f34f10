import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { igualdad } from '@cnim/igualdad';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScaledDatabases, type ScaledDatabase } from '../../bench/scaled-data/scaled-databases.js';

const out = mkdtempSync(join(tmpdir(), 'cnim-scaled-'));
let databases: ScaledDatabase[];
const open = (name: string) => new SQLite(join(out, `${name}.sqlite`), { readonly: true });
const one = <T>(name: string, query: string): T => {
  const db = open(name);
  try {
    return db.prepare(query).pluck().get() as T;
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  // 66 municipalities: the catalogue's 24 plus 42 synthetic ones, two per department but for 9.
  databases = await generateScaledDatabases({ out, municipalities: 66, seed: 2025 });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('scaled benchmark data', () => {
  it('brings every catalogue to the chosen number of municipalities over the 33 departments', () => {
    expect(databases.map(({ name, municipalities }) => [name, municipalities])).toEqual([
      ['igualdad', 66],
      ['salud', 66],
      ['sena', 66],
      ['educacion', 66],
      ['trabajo', 66],
    ]);
    expect(one('salud', "SELECT count(*) FROM municipality WHERE name LIKE 'Municipio sintético %'")).toBe(42);
    expect(one('salud', 'SELECT count(DISTINCT department_code) FROM municipality')).toBe(33);
    // The plan serves the root territory queries from its own copy: the same catalogue, no facts.
    expect(one('plan', 'SELECT count(*) FROM municipality')).toBe(66);
    expect(
      one('plan', "SELECT group_concat(code) FROM (SELECT code FROM municipality WHERE name LIKE 'Municipio sintético %' ORDER BY code)"),
    ).toBe(
      one('salud', "SELECT group_concat(code) FROM (SELECT code FROM municipality WHERE name LIKE 'Municipio sintético %' ORDER BY code)"),
    );
  });

  it('writes twelve quarters of every indicator at its level, people broken down by sex and nationality', () => {
    // Per quarter: a COP or COUNT indicator has one value per territory; people have six breakdowns.
    // Igualdad: attendance for 66 municipalities plus one series per open centre (16 of the report's
    // 19, the other 3 are projected, and 3 in each of the 42 synthetic municipalities: 142),
    // 12 × 6 × (66 + 142) = 14.976; nationally
    // 7 counts or amounts (7 × 12) and 2 people indicators (2 × 72): 228.
    // Salud: allocations and transfers, 2 × 66 × 12 = 1.584, and the national transfer count, 12.
    // SENA: 2 people indicators and a count, 2 × 72 + 12. Educación: one count, 12.
    // Trabajo: RNFL participants per department, 33 × 12 × 6 = 2.376, a national people indicator
    // (72) and two counts (24).
    const recorded = (name: string) => one<number>(name, 'SELECT count(*) FROM recorded_value');
    expect(recorded('igualdad')).toBe(14_976 + 228);
    expect(recorded('salud')).toBe(1_584 + 12);
    expect(recorded('sena')).toBe(156);
    expect(recorded('educacion')).toBe(12);
    expect(recorded('trabajo')).toBe(2_376 + 72 + 24);
    expect(one('trabajo', 'SELECT group_concat(DISTINCT period_id) FROM (SELECT period_id FROM recorded_value ORDER BY period_id)')).toBe(
      '2024Q1,2024Q2,2024Q3,2024Q4,2025Q1,2025Q2,2025Q3,2025Q4,2026Q1,2026Q2,2026Q3,2026Q4',
    );
  });

  it('keeps every breakdown consistent: women and men make the total, Venezuelans within it, sites add up', () => {
    const db = open('igualdad');
    try {
      const slices = `SELECT indicator_code, period_id, coalesce(territory_code, 'CO') AS territory, site,
        sum(CASE WHEN sex = 'TOTAL' AND nationality = 'TOTAL' THEN value END) AS total,
        sum(CASE WHEN sex <> 'TOTAL' AND nationality = 'TOTAL' THEN value END) AS by_sex,
        sum(CASE WHEN sex = 'TOTAL' AND nationality = 'VENEZUELAN' THEN value END) AS venezuelan,
        sum(CASE WHEN sex <> 'TOTAL' AND nationality = 'VENEZUELAN' THEN value END) AS venezuelan_by_sex
        FROM recorded_value WHERE unit = 'PEOPLE' GROUP BY 1, 2, 3, 4`;
      expect(db.prepare(`SELECT count(*) FROM (${slices})`).pluck().get()).toBe(12 * (66 + 142 + 2));
      expect(
        db
          .prepare(`SELECT count(*) FROM (${slices}) WHERE by_sex <> total OR venezuelan_by_sex <> venezuelan OR venezuelan > total`)
          .pluck()
          .get(),
      ).toBe(0);
      const sites = `SELECT period_id, territory_code, sex, nationality,
        sum(CASE WHEN site = 'TOTAL' THEN value END) AS total, sum(CASE WHEN site <> 'TOTAL' THEN value END) AS by_site
        FROM recorded_value WHERE indicator_code = 'IGUALDAD-1-ATENCIONES' GROUP BY 1, 2, 3, 4 HAVING by_site IS NOT NULL`;
      // Sites exist in the 42 synthetic municipalities and in the 14 where the report places its 16 open centres.
      expect(db.prepare(`SELECT count(*) FROM (${sites})`).pluck().get()).toBe(12 * 6 * (42 + 14));
      expect(db.prepare(`SELECT count(*) FROM (${sites}) WHERE by_site <> total`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it("leaves the report's own figures as the report gives them", () => {
    expect(one('igualdad', "SELECT sum(people_attended) FROM integrate_centre WHERE id NOT LIKE 'sintetico-%'")).toBe(113_142);
    expect(one('salud', 'SELECT sum(amount) FROM psychosocial_allocation WHERE position <= 13')).toBe(1_998_207_910);
  });

  it('never writes over a default database', async () => {
    const defaults = dirname(fileURLToPath(igualdad.defaultDatabase));
    await expect(generateScaledDatabases({ out: defaults, municipalities: 66, seed: 2025 })).rejects.toThrow(
      /nunca se escriben en la base de datos por defecto de igualdad/,
    );
  });
});
