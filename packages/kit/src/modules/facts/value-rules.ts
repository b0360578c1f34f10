import { PERIODS } from '../periods/periods.js';
import type { IndicatorRow } from './indicators.js';
import type { FactView } from './facts.js';

/** Which DHIS2-style validation rule a set of stored values breaks. */
export type ValueRule = 'PART_EXCEEDS_WHOLE' | 'PERIOD_EXCEEDS_YEAR' | 'QUARTERS_EXCEED_YEAR' | 'VALUE_EXCEEDS_BOUND';

export interface RuleBreach {
  rule: ValueRule;
  indicatorCode: string;
  /** The facts the breach is about; a write is refused when it touches one of them. */
  factIds: string[];
  /** In Spanish, with the values compared. */
  message: string;
}

type Indicator = Pick<IndicatorRow, 'code' | 'accumulation' | 'bounded_by'>;

const NUMBER = new Intl.NumberFormat('es-CO');
const format = (value: number) => NUMBER.format(value);
const where = (fact: FactView) => `${fact.territory_code ?? 'nacional'}${fact.site === 'TOTAL' ? '' : `, sede ${fact.site}`}`;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** A part is never above its whole: sex and nationality breakdowns, and sites within their total. */
function partsWithinWholes(facts: readonly FactView[]): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  for (const slice of groupBy(facts, (fact) => `${fact.indicator_code}|${fact.period_id}|${fact.territory_code}`).values()) {
    const find = (site: string, sex: string, nationality: string) =>
      slice.find((row) => row.site === site && row.sex === sex && row.nationality === nationality);
    const pairs: Array<[string, FactView | undefined, string, FactView | undefined]> = [];
    const sites = [...new Set(slice.map((row) => row.site))];
    for (const site of sites) {
      const total = find(site, 'TOTAL', 'TOTAL');
      for (const sex of ['FEMALE', 'MALE']) {
        pairs.push([`${sex}/VENEZUELAN`, find(site, sex, 'VENEZUELAN'), `${sex}/TOTAL`, find(site, sex, 'TOTAL')]);
        pairs.push([`${sex}/TOTAL`, find(site, sex, 'TOTAL'), 'TOTAL/TOTAL', total]);
      }
      pairs.push(['TOTAL/VENEZUELAN', find(site, 'TOTAL', 'VENEZUELAN'), 'TOTAL/TOTAL', total]);
    }
    for (const [part, partFact, whole, wholeFact] of pairs) {
      if (partFact && wholeFact && partFact.value > wholeFact.value) {
        breaches.push({
          rule: 'PART_EXCEEDS_WHOLE',
          indicatorCode: partFact.indicator_code,
          factIds: [partFact.id, wholeFact.id],
          message: `Regla de validación: ${part} (${format(partFact.value)}) no puede superar a ${whole} (${format(wholeFact.value)}) en ${partFact.indicator_code}, ${partFact.period_id}, ${where(partFact)}.`,
        });
      }
    }
    const siteTotals = sites
      .filter((site) => site !== 'TOTAL')
      .map((site) => find(site, 'TOTAL', 'TOTAL'))
      .filter((fact) => fact !== undefined);
    const total = find('TOTAL', 'TOTAL', 'TOTAL');
    const sum = siteTotals.reduce((acc, fact) => acc + fact.value, 0);
    if (siteTotals.length && total && sum > total.value) {
      breaches.push({
        rule: 'PART_EXCEEDS_WHOLE',
        indicatorCode: total.indicator_code,
        factIds: [total.id, ...siteTotals.map((fact) => fact.id)],
        message: `Regla de validación: la suma de las sedes (${format(sum)}) no puede superar a TOTAL (${format(total.value)}) en ${total.indicator_code}, ${total.period_id}, ${where(total)}.`,
      });
    }
  }
  return breaches;
}

/** The year a period falls in, when it falls within one calendar year of the plan. */
function yearOf(periodId: string): string | null {
  const period = PERIODS.find((candidate) => candidate.id === periodId);
  if (!period) return null;
  const year = period.start_date.slice(0, 4);
  return period.end_date.slice(0, 4) === year ? year : null;
}

const isQuarter = (periodId: string) => /^\d{4}Q[1-4]$/.test(periodId);

/**
 * For indicators that accumulate (flows and cumulative counts), no part of a year is above the year,
 * and a flow's quarters add up to no more than its year.
 */
function periodsWithinYear(facts: readonly FactView[], indicators: ReadonlyMap<string, Indicator>): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  const accumulating = facts.filter((fact) => indicators.get(fact.indicator_code)?.accumulation !== 'STOCK' && yearOf(fact.period_id));
  const series = groupBy(accumulating, (fact) =>
    [fact.indicator_code, fact.territory_code, fact.site, fact.sex, fact.nationality, yearOf(fact.period_id)].join('|'),
  );
  for (const rows of series.values()) {
    const year = rows.find((fact) => fact.period_id === yearOf(fact.period_id));
    if (!year) continue;
    const parts = rows.filter((fact) => fact !== year);
    for (const part of parts) {
      if (part.value > year.value) {
        breaches.push({
          rule: 'PERIOD_EXCEEDS_YEAR',
          indicatorCode: year.indicator_code,
          factIds: [part.id, year.id],
          message: `Regla de validación: el valor de ${part.period_id} (${format(part.value)}) no puede superar al del año ${year.period_id} (${format(year.value)}) en ${year.indicator_code}, ${where(year)}.`,
        });
      }
    }
    const quarters = parts.filter((fact) => isQuarter(fact.period_id));
    const sum = quarters.reduce((acc, fact) => acc + fact.value, 0);
    if (indicators.get(year.indicator_code)?.accumulation === 'FLOW' && quarters.length > 1 && sum > year.value) {
      breaches.push({
        rule: 'QUARTERS_EXCEED_YEAR',
        indicatorCode: year.indicator_code,
        factIds: [year.id, ...quarters.map((fact) => fact.id)],
        message: `Regla de validación: la suma de los trimestres de ${year.period_id} (${format(sum)}: ${quarters.map((fact) => `${fact.period_id} ${format(fact.value)}`).join(', ')}) no puede superar al valor del año (${format(year.value)}) en ${year.indicator_code}, ${where(year)}.`,
      });
    }
  }
  return breaches;
}

/** What a territory's totals add up to in a year: the year's value, or its quarters' when larger or alone. */
function yearAmount(rows: readonly FactView[], year: string): { value: number; facts: FactView[] } | null {
  const inYear = rows.filter((fact) => yearOf(fact.period_id) === year && (fact.period_id === year || isQuarter(fact.period_id)));
  if (!inYear.length) return null;
  const yearly = inYear.find((fact) => fact.period_id === year);
  const quarters = inYear.filter((fact) => fact !== yearly).reduce((acc, fact) => acc + fact.value, 0);
  return { value: Math.max(yearly?.value ?? 0, quarters), facts: inYear };
}

/**
 * An indicator bounded by another (transferred within allocated) never exceeds it for a territory and
 * year; with nothing of the bound in that year, the bound is zero (nothing allocated, nothing to transfer).
 */
function withinBounds(facts: readonly FactView[], indicators: ReadonlyMap<string, Indicator>): RuleBreach[] {
  const breaches: RuleBreach[] = [];
  const totals = facts.filter(
    (fact) => fact.site === 'TOTAL' && fact.sex === 'TOTAL' && fact.nationality === 'TOTAL' && yearOf(fact.period_id),
  );
  for (const indicator of indicators.values()) {
    if (!indicator.bounded_by) continue;
    const byPlace = groupBy(
      totals.filter((fact) => fact.indicator_code === indicator.code || fact.indicator_code === indicator.bounded_by),
      (fact) => `${fact.territory_code}|${yearOf(fact.period_id)}`,
    );
    for (const [place, rows] of byPlace) {
      const year = place.split('|')[1]!;
      const value = yearAmount(
        rows.filter((fact) => fact.indicator_code === indicator.code),
        year,
      );
      const bound = yearAmount(
        rows.filter((fact) => fact.indicator_code === indicator.bounded_by),
        year,
      ) ?? { value: 0, facts: [] };
      if (value && value.value > bound.value) {
        const sample = value.facts[0]!;
        const boundValue = bound.facts.length ? format(bound.value) : '0: no tiene valor en ese año';
        breaches.push({
          rule: 'VALUE_EXCEEDS_BOUND',
          indicatorCode: indicator.code,
          factIds: [...value.facts, ...bound.facts].map((fact) => fact.id),
          message: `Regla de validación: ${indicator.code} (${format(value.value)}) no puede superar a ${indicator.bounded_by} (${boundValue}) en ${where(sample)}, año ${year}.`,
        });
      }
    }
  }
  return breaches;
}

/**
 * The values of an accumulating indicator given only by site, added up into the total of their
 * territory and period that the report does not state, so that the period and bound rules hold for the
 * aggregate as they do for each site: a transfer split into sites is still within its allocation. Each
 * aggregate names the site values it adds up (`members`), and a breach of it is a breach of them.
 */
function withSiteAggregates(
  facts: readonly FactView[],
  indicators: ReadonlyMap<string, Indicator>,
): { facts: FactView[]; members: Map<string, string[]> } {
  const members = new Map<string, string[]>();
  const slice = (fact: FactView) =>
    [fact.indicator_code, fact.period_id, fact.territory_code ?? 'CO', fact.sex, fact.nationality].join('|');
  const stated = new Set(facts.filter((fact) => fact.site === 'TOTAL').map(slice));
  const bySite = facts.filter(
    (fact) => fact.site !== 'TOTAL' && indicators.get(fact.indicator_code)?.accumulation !== 'STOCK' && !stated.has(slice(fact)),
  );
  const aggregates = [...groupBy(bySite, slice).values()].map((sites) => {
    const first = sites[0]!;
    const id = [first.indicator_code, first.period_id, first.territory_code ?? 'CO', 'TOTAL', first.sex, first.nationality].join('|');
    members.set(
      id,
      sites.map((fact) => fact.id),
    );
    return { ...first, id, site: 'TOTAL', value: sites.reduce((acc, fact) => acc + fact.value, 0) };
  });
  return { facts: [...facts, ...aggregates], members };
}

/** Every rule over a set of stored values (as of one cut): parts and wholes, periods and years, bounds; each for every site and for their aggregate. */
export function ruleBreaches(facts: readonly FactView[], indicators: ReadonlyMap<string, Indicator>): RuleBreach[] {
  const aggregated = withSiteAggregates(facts, indicators);
  const breaches = [
    ...partsWithinWholes(facts),
    ...periodsWithinYear(aggregated.facts, indicators),
    ...withinBounds(aggregated.facts, indicators),
  ];
  return breaches.map((breach) => ({
    ...breach,
    factIds: [...new Set(breach.factIds.flatMap((id) => aggregated.members.get(id) ?? [id]))],
  }));
}
