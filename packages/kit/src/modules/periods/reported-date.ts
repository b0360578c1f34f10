export type DateValidity = 'VALID' | 'NONEXISTENT_DAY' | 'NOT_A_DAY';

/** A date as the report writes it; `date` is set only when the text names a day that exists. */
export interface ReportedDateValue {
  asWritten: string;
  date: string | null;
  validity: DateValidity;
}

/** Rebuilds a ReportedDate from the three columns a table stores it in; null when the report gives none. */
export function reportedDate(text: string | null, date: string | null, validity: string | null): ReportedDateValue | null {
  if (text === null) return null;
  return { asWritten: text, date, validity: (validity ?? 'NOT_A_DAY') as DateValidity };
}
