import { narrowTo } from '../../platform/narrow.js';
import type { Kysely } from 'kysely';
import type { ActionDatabase } from '../actions/actions.js';

/** A data-quality rule the report breaks, with the values that show it. Nothing is corrected. */
export interface FindingView {
  rule: string;
  actionNumber: number;
  message: string;
  values: Array<{ name: string; value: string }>;
}

const actions = narrowTo<ActionDatabase>();

/** Rule for every ministry: a deadline must name a day that exists. */
export async function nonexistentDeadlines<DB extends ActionDatabase>(db: Kysely<DB>, actionNumber: number): Promise<FindingView[]> {
  const tasks = await actions(db)
    .selectFrom('task')
    .select(['position', 'number', 'deadline_text'])
    .where('action_number', '=', actionNumber)
    .where('deadline_validity', '=', 'NONEXISTENT_DAY')
    .orderBy('position')
    .execute();
  return tasks.map((task) => ({
    rule: 'NONEXISTENT_DATE',
    actionNumber,
    message: `La tarea ${task.number ?? task.position} de la acción ${actionNumber} tiene como plazo "${task.deadline_text}", un día que no existe.`,
    values: [
      { name: 'tarea', value: String(task.number ?? task.position) },
      { name: 'plazoComoSeEscribe', value: task.deadline_text ?? '' },
    ],
  }));
}

/** Rule: a count or total the report states must match the items it lists. */
export function statedMismatch(
  actionNumber: number,
  what: string,
  stated: { value: number; asWritten: string | null },
  itemised: number,
): FindingView[] {
  if (stated.value === itemised) return [];
  return [
    {
      rule: 'STATED_TOTAL_MISMATCH',
      actionNumber,
      message: `La acción ${actionNumber} declara "${stated.asWritten ?? stated.value}" (${what}), pero lo que relaciona suma ${itemised}.`,
      values: [
        { name: 'declarado', value: String(stated.value) },
        { name: 'declaradoComoSeEscribe', value: stated.asWritten ?? String(stated.value) },
        { name: 'relacionado', value: String(itemised) },
      ],
    },
  ];
}

const SCALE: Array<[RegExp, number]> = [
  [/^mil millones\b/, 1_000_000_000],
  [/^millones\b/, 1_000_000],
  [/^mil\b/, 1_000],
];

/**
 * Reads a Spanish amount as written ("2.000 mil millones de pesos", "$13 mil millones") literally,
 * with "." as thousands separator; null when the text is not an amount.
 */
export function readSpanishAmount(text: string): number | null {
  const match = /^\$?\s*(\d{1,3}(?:\.\d{3})*|\d+)\s*(.*)$/.exec(text.trim());
  if (!match) return null;
  const base = Number(match[1]!.replaceAll('.', ''));
  const rest = match[2]!.toLowerCase();
  const scale = SCALE.find(([pattern]) => pattern.test(rest))?.[1] ?? 1;
  return base * scale;
}

/** Cross-action rule: two actions must not report the same narrative (compared ignoring spacing). */
export function sameNarrative(a: string | null | undefined, b: string | null | undefined): boolean {
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
  return Boolean(a && b && normalise(a) === normalise(b));
}
