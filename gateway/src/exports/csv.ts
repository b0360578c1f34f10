/** A cell as CSV writes it. */
export type Cell = string | number | boolean | null | undefined;

/** Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) is written as text. */
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: Cell, separator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (RFC 4180, CRLF), as Excel and Power BI read it. */
export function csvLine(values: readonly Cell[], separator: string): string {
  return `${values.map((value) => cell(value, separator)).join(separator)}\r\n`;
}

/** Excel opens a UTF-8 file as UTF-8 only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** `,` by default; `;` for spreadsheets whose locale uses the comma as decimal separator (es-CO). */
export function separatorOf(given: unknown): string | null {
  if (given === undefined) return ',';
  return given === ',' || given === ';' ? given : null;
}
