import { nonexistentDeadlines, statedMismatch, type FindingView } from '@cnim/kit';
import type { Kysely } from 'kysely';
import { findStatedSecretariatCount, listAccompaniments } from './accompaniments.js';
import type { Database } from './database.js';

/** Educación's rules: the stated number of secretariats against those it names; real dates. */
export async function educacionFindings(db: Kysely<Database>, actionNumber: number): Promise<FindingView[]> {
  const stated = await findStatedSecretariatCount(db, actionNumber);
  const named =
    stated === null
      ? []
      : statedMismatch(actionNumber, 'secretarías', { value: stated, asWritten: null }, (await listAccompaniments(db)).length);
  return [...named, ...(await nonexistentDeadlines(db, actionNumber))];
}
