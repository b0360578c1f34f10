import { SIN_DATOS } from './format.js';
import type { GraphQLError } from './graphql.js';
import type { Cut } from './types.js';

/**
 * How a cut's figures are read. The graph documents that a typed figure read in a cut after the
 * report's own defaults to that cut's year (cut 2026-02 → "2026"), while the report's own cut keeps
 * each figure's period as the report gives it; so a later cut's figures are labelled with that year,
 * and the report's own cut reads exactly as the report.
 */
export interface CutFigures {
  /** The year a later cut's figures are for; null in the report's own cut. */
  period: string | null;
  /** The report's own cut ("Noviembre 2025"), for figures that come from its text whatever the cut. */
  reportCutLabel: string;
}

/**
 * Opening a cut requires it to come after every cut already there, so the earliest cut is the
 * report's own (2025-11) and every other is a later one.
 */
export function cutFigures(cuts: readonly Pick<Cut, 'id' | 'label' | 'closingDate'>[], cutId: string): CutFigures {
  const [report] = [...cuts].sort((a, b) => a.id.localeCompare(b.id));
  const cut = cuts.find((candidate) => candidate.id === cutId);
  const later = report !== undefined && cut !== undefined && cut.id !== report.id;
  return { period: later ? cut.closingDate.slice(0, 4) : null, reportCutLabel: report?.label ?? '' };
}

/**
 * A field's path without list positions ("plan.actions.psychosocialFunding.transferredTotal"). The
 * gateway numbers the errors of an entity fetch by their place in the batch it sent to the ministry,
 * not in the list the client sees (action 12's error reads plan.actions.0…), so positions cannot be
 * trusted; in the dashboard's operations each typed figure belongs to one action, so the names suffice.
 */
const fieldPath = (path: readonly (string | number)[]): string => path.filter((step): step is string => typeof step === 'string').join('.');

/** What a figure with no value says: the period it was read for, in this cut; never an outage. */
const noValue = (figures: CutFigures): string =>
  figures.period ? `sin dato para ${figures.period} en este corte` : 'sin dato en el informe';

/** The words for the figures of one answer: its cut's period, and why each null figure is null. */
export interface FigureReading extends CutFigures {
  /**
   * A null figure in words, by its field path. A NOT_FOUND on its path is a figure with no value in its
   * period; any other error is a ministry that did not answer. `nullMeansNoValue` is for a field the
   * graph documents as null when it has no value, without an error (a centre's people attended).
   */
  missing(path: string, nullMeansNoValue?: boolean): string;
  /** A figure's label with its qualifiers and, in a later cut, its period: "Asignado (2026)". */
  label(base: string, ...qualifiers: string[]): string;
  /** A figure the report states, which no cut changes: in a later cut its label names the report. */
  fromReport(base: string, ...qualifiers: string[]): string;
}

const withParts = (base: string, parts: string[]) => (parts.length ? `${base} (${parts.join(', ')})` : base);

export function figureReading(figures: CutFigures, errors: readonly GraphQLError[]): FigureReading {
  const noValuePaths = new Set<string>();
  const failedPaths = new Set<string>();
  for (const error of errors) {
    if (error.path) (error.extensions?.code === 'NOT_FOUND' ? noValuePaths : failedPaths).add(fieldPath(error.path));
  }
  return {
    ...figures,
    missing(path, nullMeansNoValue = false) {
      if (failedPaths.has(path)) return SIN_DATOS;
      return noValuePaths.has(path) || nullMeansNoValue ? noValue(figures) : SIN_DATOS;
    },
    label: (base, ...qualifiers) => withParts(base, figures.period ? [...qualifiers, figures.period] : qualifiers),
    fromReport: (base, ...qualifiers) =>
      withParts(base, figures.period ? [...qualifiers, `según el informe de ${figures.reportCutLabel}`] : qualifiers),
  };
}
