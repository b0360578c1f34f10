import { MINISTRY_SUBGRAPHS, type MinistryCode } from '@cnim/kit';
import type { ReportCutRow } from './database.js';

/** Each ministry's state in a cut, keyed `<name>Submission`, as the gateway passes it (`@requires`); null where a ministry has not opened the cut or did not answer. */
type MinistryStates = { [field: `${string}Submission`]: { status: string } | null | undefined };

/** A cut as the plan serves it: its own row, with each ministry's state in it when the gateway sent them. */
export type CutInPlan = ReportCutRow & Partial<MinistryStates>;

/**
 * The ministries reopened after the secretariat approved the cut and not approved again: a cut is
 * approved only when every ministry that answers says so too.
 */
export function reopenedBy(planStatus: ReportCutRow['status'], ministries: Partial<MinistryStates>): MinistryCode[] {
  if (planStatus !== 'APPROVED') return [];
  return MINISTRY_SUBGRAPHS.filter((entry) => {
    const state = ministries[`${entry.name}Submission`];
    return state != null && state.status !== 'APPROVED';
  }).map((entry) => entry.ministry.code);
}

/** The one state of a cut: the plan's, or REOPENED while a ministry is reopened after approval. */
export function cutState(planStatus: ReportCutRow['status'], ministries: Partial<MinistryStates>): ReportCutRow['status'] | 'REOPENED' {
  return reopenedBy(planStatus, ministries).length > 0 ? 'REOPENED' : planStatus;
}
