import type { Kysely } from 'kysely';
import type { AuditDatabase } from '../reporting/audit.js';
import type { Identity } from '../reporting/identity.js';
import type { DataOwner } from '../reporting/write-access.js';
import { cutHistory, openCut, transitionCut, type CutTransitionInput, type OpenCutInput } from './cut-transitions.js';
import type { CutDatabase, ReportCutRow } from './cuts.js';

type CutContext<DB> = { db: Kysely<DB>; identity: Identity };
type Database = CutDatabase & AuditDatabase;

/** A cut as one subgraph holds it, in the graph's words. */
export const cutSubmissionFields = {
  cut: (cut: ReportCutRow) => cut.id,
  closingDate: (cut: ReportCutRow) => cut.closing_date,
  closingDateDerived: (cut: ReportCutRow) => cut.closing_date_derived === 1,
  history: <DB extends Database>(cut: ReportCutRow, _: unknown, { db }: CutContext<DB>) => cutHistory(db, cut),
};

/** The cut writes of one owner's namespace (a ministry's, or the plan's). */
export function cutMutations(owner: DataOwner) {
  return {
    openCut: <DB extends Database>(_: unknown, { input }: { input: OpenCutInput }, { db, identity }: CutContext<DB>) =>
      openCut(db, identity, owner, input),
    submitCut: <DB extends Database>(_: unknown, { input }: { input: CutTransitionInput }, { db, identity }: CutContext<DB>) =>
      transitionCut(db, identity, owner, 'submit', input),
    approveCut: <DB extends Database>(_: unknown, { input }: { input: CutTransitionInput }, { db, identity }: CutContext<DB>) =>
      transitionCut(db, identity, owner, 'approve', input),
    reopenCut: <DB extends Database>(_: unknown, { input }: { input: CutTransitionInput }, { db, identity }: CutContext<DB>) =>
      transitionCut(db, identity, owner, 'reopen', input),
  };
}
