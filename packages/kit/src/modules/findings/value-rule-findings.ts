import { narrowTo } from '../../platform/narrow.js';
import type { Kysely } from 'kysely';
import { currentFacts, type FactDatabase, type FactView } from '../facts/facts.js';
import type { IndicatorDatabase } from '../facts/indicators.js';
import { ruleBreaches } from '../facts/value-rules.js';
import type { FindingView } from './findings.js';

const tables = narrowTo<IndicatorDatabase>();

/**
 * The stored values of an action, as of a cut, that break a value rule (a part above its whole, a
 * quarter above its year, transferred above allocated). Writes refuse new breaches; these are the ones
 * already there, for example in the report itself, which are shown and never corrected.
 */
export async function valueRuleFindings<DB extends FactDatabase & IndicatorDatabase>(
  db: Kysely<DB>,
  actionNumber: number,
  cut: string,
): Promise<FindingView[]> {
  const own = await tables(db)
    .selectFrom('indicator')
    .select(['code', 'accumulation', 'bounded_by'])
    .where('action_number', '=', actionNumber)
    .execute();
  if (!own.length) return [];
  const bounds = own.flatMap((indicator) => (indicator.bounded_by ? [indicator.bounded_by] : []));
  const related = bounds.length
    ? [
        ...own,
        ...(await tables(db).selectFrom('indicator').select(['code', 'accumulation', 'bounded_by']).where('code', 'in', bounds).execute()),
      ]
    : own;
  const facts = (await currentFacts(db, cut)
    .selectAll()
    .where(
      'indicator_code',
      'in',
      related.map((indicator) => indicator.code),
    )
    .orderBy('id')
    .execute()) as FactView[];
  return ruleBreaches(facts, new Map(related.map((indicator) => [indicator.code, indicator]))).map((breach) => ({
    rule: breach.rule,
    actionNumber,
    message: breach.message,
    values: [{ name: 'indicador', value: breach.indicatorCode }, ...breach.factIds.map((id) => ({ name: 'hecho', value: id }))],
  }));
}
