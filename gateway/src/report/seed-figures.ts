/**
 * Every figure and date the progress report writes, as it writes them: amounts with thousands points
 * ("$441.640.400", "113.142"), plain numbers, percentages, and dates such as "04/sep/2025",
 * "28 de febrero de 2026" or "31 de noviembre". Used to check that a generated report shows them all.
 */
export function figuresAndDates(text: string): string[] {
  const months = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
  const patterns = [
    new RegExp(`\\b\\d{1,2} de (?:${months})(?: de(?:l)? \\d{4})?`, 'gi'),
    /\b\d{1,2}\/[a-z]{3,5}\/\d{4}\b/gi,
    /\$?\d{1,3}(?:\.\d{3})+(?:,\d+)?|\$?\d+(?:,\d+)?%?/g,
  ];
  const found = new Set<string>();
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[0]);
  return [...found];
}
