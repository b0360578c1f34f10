import type { Kysely } from 'kysely';
import type { Identity, MinistryCode } from './identity.js';
import { transitionPeriod, type PeriodTransitionInput } from './period-approval.js';
import { setActionStatus, submitReport, type SetActionStatusInput, type SubmitReportInput } from '../actions/qualitative-report.js';
import { recordValue, type RecordValueInput } from '../facts/recorded-values.js';
import type { SubgraphDatabase } from '../../platform/kit-database.js';
import { setTaskStatus, type SetTaskStatusInput } from '../actions/task-status.js';
import type { FactDatabase } from '../facts/facts.js';

type WriteContext<DB> = { db: Kysely<DB>; identity: Identity };
type WriteDatabase = SubgraphDatabase & FactDatabase;

/** Every ministry's write namespace: the same writes, each bound to the ministry that owns the data. */
export function ministryMutations(owner: MinistryCode) {
  return {
    setTaskStatus: <DB extends WriteDatabase>(_: unknown, { input }: { input: SetTaskStatusInput }, { db, identity }: WriteContext<DB>) =>
      setTaskStatus(db, identity, owner, input),
    setActionStatus: <DB extends WriteDatabase>(
      _: unknown,
      { input }: { input: SetActionStatusInput },
      { db, identity }: WriteContext<DB>,
    ) => setActionStatus(db, identity, owner, input),
    submitReport: <DB extends WriteDatabase>(_: unknown, { input }: { input: SubmitReportInput }, { db, identity }: WriteContext<DB>) =>
      submitReport(db, identity, owner, input),
    recordValue: <DB extends WriteDatabase>(_: unknown, { input }: { input: RecordValueInput }, { db, identity }: WriteContext<DB>) =>
      recordValue(db, identity, owner, input),
    submitPeriod: <DB extends WriteDatabase>(_: unknown, { input }: { input: PeriodTransitionInput }, { db, identity }: WriteContext<DB>) =>
      transitionPeriod(db, identity, owner, 'submit', input),
    approvePeriod: <DB extends WriteDatabase>(
      _: unknown,
      { input }: { input: PeriodTransitionInput },
      { db, identity }: WriteContext<DB>,
    ) => transitionPeriod(db, identity, owner, 'approve', input),
    reopenPeriod: <DB extends WriteDatabase>(_: unknown, { input }: { input: PeriodTransitionInput }, { db, identity }: WriteContext<DB>) =>
      transitionPeriod(db, identity, owner, 'reopen', input),
  };
}
