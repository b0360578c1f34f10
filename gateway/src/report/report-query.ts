/** Everything the progress report prints, for one cut, from the unified graph. */
export const REPORT_QUERY = `query ($cut: ID) {
  # Which cut is the report's own (the earliest), and a later cut's year (report-figures.ts).
  cuts { id label closingDate }
  plan(cut: $cut) {
    name reportTitle reportCut objective
    strategicAxes { number text }
    # The cut's progress is null until the secretariat records it; the plan's own field refuses then.
    cut { id closingDate closingDateDerived state overallProgressPercent }
    actions {
      number ministry
      title
      tasks { number description deadline { asWritten } status }
      report { narrative }
      findings { rule message }
    }
  }
}`;

export interface ReportAction {
  number: number;
  ministry: string;
  title: string | null;
  tasks: Array<{ number: number | null; description: string; deadline: { asWritten: string } | null; status: string }> | null;
  report: { narrative: string | null } | null;
  findings: Array<{ rule: string; message: string }> | null;
}

export interface ReportData {
  cuts: Array<{ id: string; label: string; closingDate: string }>;
  plan: {
    name: string;
    reportTitle: string;
    reportCut: string;
    objective: string;
    strategicAxes: Array<{ number: number; text: string }>;
    /** The cut's state is null when a ministry did not answer: without its state, the cut's is not known. */
    cut: { id: string; closingDate: string; closingDateDerived: boolean; state: string | null; overallProgressPercent: number | null };
    actions: ReportAction[];
  };
}
