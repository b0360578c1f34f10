import { narrowTo } from './narrow.js';
import type { Kysely, Transaction } from 'kysely';
import { writeTransaction } from './postgres.js';

export interface DatasetTable {
  id: string;
  loaded_at: string;
}

/** Bookkeeping of which shipped data sets a database already holds. */
export interface DatasetDatabase {
  dataset: DatasetTable;
}

const bookkeeping = narrowTo<DatasetDatabase>();

/** The November 2025 progress report, the source of every figure the project ships. */
export const REPORT_DATASET = 'informe-avance-2025-corte-noviembre-2025';

/** The indicator catalogue (technical sheets) over the report's figures. */
export const INDICATOR_DATASET = 'catalogo-indicadores-2025-11';

/**
 * Loads a data set once: the rows and the marker are written in one transaction, so a database is
 * either untouched or fully loaded, and loading again changes nothing.
 */
export async function loadDatasetOnce<DB extends DatasetDatabase>(
  db: Kysely<DB>,
  id: string,
  load: (trx: Transaction<DB>) => Promise<void>,
): Promise<boolean> {
  return writeTransaction(db, async (trx) => {
    const book = bookkeeping(trx);
    const done = await book.selectFrom('dataset').select('id').where('id', '=', id).executeTakeFirst();
    if (done) return false;
    await load(trx);
    await book.insertInto('dataset').values({ id, loaded_at: new Date().toISOString() }).execute();
    return true;
  });
}
