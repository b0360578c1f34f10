import { badUserInput, notFound } from '../../graphql/errors.js';
import { PERIODS } from '../periods/periods.js';
import { REPORT_CUT_ID, type ReportCutRow } from '../cuts/cuts.js';

/**
 * The period a typed figure is read for: the one the caller names, which must be a period of the plan
 * (PERIODS), or else the period the report gives for that figure.
 */
export function figurePeriod(id: string | null | undefined, reportPeriod: string, field = 'period'): string {
  if (id == null) return reportPeriod;
  if (!PERIODS.some((period) => period.id === id)) {
    throw badUserInput(
      field,
      `"${id}" no es un periodo del plan; los periodos son ${PERIODS.map((period) => `"${period.id}"`).join(', ')}.`,
    );
  }
  return id;
}

/**
 * The period a typed figure is read for in a cut: the one the caller names; else, in the report's own
 * cut, the period the report gives for that figure; else the year of the cut (cut 2026-02 shows 2026's
 * figures), so a later cut shows what was reported for it, never the report's figures under its name.
 */
export function figurePeriodInCut(
  id: string | null | undefined,
  reportPeriod: string,
  cut: Pick<ReportCutRow, 'id' | 'closing_date'>,
  field = 'period',
): string {
  if (id != null) return figurePeriod(id, reportPeriod, field);
  return cut.id === REPORT_CUT_ID ? reportPeriod : cut.closing_date.slice(0, 4);
}

/**
 * A typed figure the facts hold no value for, in that period and cut: said, never answered with an
 * invented zero.
 */
export function missingFigure(indicator: string, period: string, cut: string, field = 'period'): never {
  throw notFound(field, `No hay un valor de ${indicator} para el periodo ${period} en el corte ${cut}.`);
}
