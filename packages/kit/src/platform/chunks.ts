/** Splits rows into slices small enough for one INSERT (SQLite caps the bound parameters per statement). */
export function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
