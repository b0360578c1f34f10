import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { seedActions } from './seed-actions.js';
import { seedFigures } from './seed-figures.js';

/** Actions 1-5 and 10, from ../shared/seed/000_657e1d76381c90e8.txt. */
export async function seedReport(db: Kysely<Database>): Promise<void> {
  await seedActions(db);
  await seedFigures(db);
}
