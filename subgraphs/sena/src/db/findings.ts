import { nonexistentDeadlines, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { findProgramme } from './programmes.js';

/** SENA's rules, in the style of DHIS2: a part is never above its whole; real dates. */
export async function senaFindings(db: Kysely<Database>, actionNumber: number): Promise<FindingView[]> {
  const findings = await nonexistentDeadlines(db, actionNumber);
  const programme = await findProgramme(db, actionNumber);
  const people = (sex: string, nationality: string) =>
    programme?.figures.find((figure) => figure.sex === sex && figure.nationality === nationality)?.people;
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
