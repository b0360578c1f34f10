import { nonexistentDeadlines, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { CERTIFIED, ORIENTED, REPORT_PERIODS, figureBreakdown } from './programmes.js';

const INDICATOR_OF_ACTION: Record<number, typeof ORIENTED | typeof CERTIFIED> = { 8: ORIENTED, 9: CERTIFIED };

/**
 * SENA's rules, in the style of DHIS2: a part is never above its whole, over the figures as the typed
 * fields read them for the report's period, as of the latest approved cut; real dates.
 */
export async function senaFindings(db: Kysely<Database>, actionNumber: number): Promise<FindingView[]> {
  const findings = await nonexistentDeadlines(db, actionNumber);
  const indicator = INDICATOR_OF_ACTION[actionNumber];
  const figures = indicator ? (await figureBreakdown(db, indicator, { period: REPORT_PERIODS[indicator] })).rows : [];
  const people = (sex: string, nationality: string) =>
    figures.find((figure) => figure.sex === sex && figure.nationality === nationality)?.people;
  const chain: Array<[string, number | undefined, string, number | undefined]> = [
    ['mujeres venezolanas', people('FEMALE', 'VENEZUELAN'), 'mujeres', people('FEMALE', 'TOTAL')],
    ['mujeres', people('FEMALE', 'TOTAL'), 'total', people('TOTAL', 'TOTAL')],
  ];
  for (const [part, partValue, whole, wholeValue] of chain) {
    if (partValue !== undefined && wholeValue !== undefined && partValue > wholeValue) {
      findings.push({
        rule: 'PART_EXCEEDS_WHOLE',
        actionNumber,
        message: `En la acción ${actionNumber}, ${part} (${partValue}) supera a ${whole} (${wholeValue}).`,
        values: [
          { name: part, value: String(partValue) },
          { name: whole, value: String(wholeValue) },
        ],
      });
    }
  }
  return findings;
}
