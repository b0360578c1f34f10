import type { Kysely } from 'kysely';
import {
  REPORT_CUT_ID,
  chunks,
  factRow,
  type FactDatabase,
  type FactView,
  type IndicatorDatabase,
  type IndicatorRow,
  type PeriodDatabase,
  type PeriodRow,
  type SyntheticSites,
  type TerritoryDatabase,
  type CutDatabase,
} from '@cnim/kit';
import { seededRandom } from './random.js';

/** The synthetic series are loaded as values of the report's cut, all at one instant. */
const LOADED_AT = new Date(0).toISOString();

export type SyntheticDatabase = CutDatabase & FactDatabase & IndicatorDatabase & PeriodDatabase & TerritoryDatabase;

const ORDINAL = ['Primer', 'Segundo', 'Tercer', 'Cuarto'];
const QUARTER_BOUNDS = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
] as const;

/** The twelve quarters of 2024–2026 the synthetic series cover; 2024's are added to the period table. */
export const SYNTHETIC_QUARTERS: readonly PeriodRow[] = [2024, 2025, 2026].flatMap((year) =>
  QUARTER_BOUNDS.map(([start, end], index) => ({
    id: `${year}Q${index + 1}`,
    label: `${ORDINAL[index]} trimestre de ${year}`,
    start_date: `${year}-${start}`,
    end_date: `${year}-${end}`,
  })),
);

interface Breakdown {
  sex: 'TOTAL' | 'FEMALE' | 'MALE';
  nationality: 'TOTAL' | 'VENEZUELAN';
  value: number;
}

/**
 * People are broken down by sex and nationality the way DHIS2 validates them: women plus men make the
 * total, and Venezuelans never exceed the people of the same sex.
 */
function peopleBreakdown(random: (max: number) => number): Breakdown[] {
  const female = random(400);
  const male = random(400);
  const venezuelanFemale = random(female);
  const venezuelanMale = random(male);
  return [
    { sex: 'TOTAL', nationality: 'TOTAL', value: female + male },
    { sex: 'FEMALE', nationality: 'TOTAL', value: female },
    { sex: 'MALE', nationality: 'TOTAL', value: male },
    { sex: 'TOTAL', nationality: 'VENEZUELAN', value: venezuelanFemale + venezuelanMale },
    { sex: 'FEMALE', nationality: 'VENEZUELAN', value: venezuelanFemale },
    { sex: 'MALE', nationality: 'VENEZUELAN', value: venezuelanMale },
  ];
}

function sumBreakdowns(parts: Breakdown[][]): Breakdown[] {
  return parts[0]!.map((first, index) => ({ ...first, value: parts.reduce((sum, part) => sum + part[index]!.value, 0) }));
}

function amount(indicator: IndicatorRow, random: (max: number) => number): Breakdown[] {
  const value = indicator.unit === 'COP' ? random(50_000) * 10_000 : random(60);
  return [{ sex: 'TOTAL', nationality: 'TOTAL', value }];
}

export interface SyntheticFactOptions {
  /** The ministry whose database this is (e.g. `SALUD`). */
  ministry: string;
  seed: number;
  /** Indicators reported per site; each territory's sites add up to its TOTAL site. */
  sites: SyntheticSites;
}

/**
 * Writes a series for every indicator of the database: each territory at the indicator's level, each of
 * the twelve quarters, and for people every sex and nationality breakdown. They are stored as values
 * recorded after the report, so the report's own facts stay as they are.
 */
export async function addSyntheticFacts(db: Kysely<SyntheticDatabase>, options: SyntheticFactOptions): Promise<number> {
  const random = seededRandom(options.seed);
  await db
    .insertInto('period')
    .values([...SYNTHETIC_QUARTERS])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const indicators = await db.selectFrom('indicator').selectAll().orderBy('position').execute();
  const departments = (await db.selectFrom('department').select('code').orderBy('code').execute()).map((row) => row.code);
  const municipalities = (await db.selectFrom('municipality').select('code').orderBy('code').execute()).map((row) => row.code);
  let written = 0;
  for (const indicator of indicators) {
    const territories =
      indicator.territory_level === 'NATIONAL' ? [null] : indicator.territory_level === 'DEPARTMENT' ? departments : municipalities;
    const rows: Array<Omit<FactView, 'cut_id' | 'recorded_at'>> = [];
    for (const period of SYNTHETIC_QUARTERS) {
      for (const territory of territories) {
        const values = () => (indicator.unit === 'PEOPLE' ? peopleBreakdown(random) : amount(indicator, random));
        const sites = territory === null ? [] : (options.sites[indicator.code]?.get(territory) ?? []);
        const perSite = sites.map((site) => ({ site, breakdown: values() }));
        const series =
          perSite.length > 0
            ? [...perSite, { site: 'TOTAL', breakdown: sumBreakdowns(perSite.map((entry) => entry.breakdown)) }]
            : [{ site: 'TOTAL', breakdown: values() }];
        for (const { site, breakdown } of series) {
          for (const { sex, nationality, value } of breakdown) {
            rows.push(factRow({ indicator, period, ministry: options.ministry, territory, site, sex, nationality, value }));
          }
        }
      }
    }
    for (const chunk of chunks(rows, 1000)) {
      await db
        .insertInto('recorded_value')
        .values(chunk.map((row) => ({ ...row, cut_id: REPORT_CUT_ID, recorded_at: LOADED_AT, version: 1 })))
        .execute();
    }
    written += rows.length;
  }
  return written;
}
