import { oneLoader } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** The plan's index of actions, batched per request: fifteen entity lookups cost one statement. */
export function createLoaders(db: Kysely<Database>) {
  return {
    planAction: oneLoader(
      (numbers: readonly number[]) => db.selectFrom('plan_action').selectAll().where('number', 'in', numbers).execute(),
      (row) => row.number,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
