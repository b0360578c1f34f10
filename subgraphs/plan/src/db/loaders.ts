import { oneLoader } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** The plan's index of actions and its cuts, batched per request: fifteen entity lookups cost one statement. */
export function createLoaders(db: Kysely<Database>) {
  return {
    planAction: oneLoader(
      (numbers: readonly number[]) => db.selectFrom('plan_action').selectAll().where('number', 'in', numbers).execute(),
      (row) => row.number,
    ),
    /** A cut's row by id: the cut's fields read it, since the gateway may send a cut as a bare reference. */
    cut: oneLoader(
      (ids: readonly string[]) => db.selectFrom('report_cut').selectAll().where('id', 'in', ids).execute(),
      (row) => row.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
