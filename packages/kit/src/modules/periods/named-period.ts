import { PERIODS } from './periods.js';

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * The period a text names, when it names one of the plan's: a quarter ("I Trim 2026", "1er Trimestre
 * 2025") or a year ("para el año 2026"). Null for anything else ("finales del mes de noviembre del
 * 2025", a day, a non-existent day): no period is guessed, and the text itself is always kept.
 */
export function namedPeriod(text: string): string | null {
  const roman = /\b(I|II|III|IV)\s+Trim(?:estre)?\.?\s+(?:de\s+)?(\d{4})\b/.exec(text);
  const ordinal = /\b([1-4])\s*(?:er|do|ro|to|°|º)?\s+trimestre\s+(?:de\s+|del\s+)?(\d{4})\b/i.exec(text);
  const year = /\baño\s+(?:de\s+)?(\d{4})\b/i.exec(text);
  const id = roman ? `${roman[2]}Q${ROMAN[roman[1]!]}` : ordinal ? `${ordinal[2]}Q${ordinal[1]}` : year ? year[1]! : null;
  return id !== null && PERIODS.some((period) => period.id === id) ? id : null;
}
