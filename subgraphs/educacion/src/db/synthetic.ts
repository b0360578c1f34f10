import { chunks, type MunicipalityRow, type SyntheticSites } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * Benchmark data only (`npm run bench:data`), never the shipped database: a Circular 038
 * accompaniment of the (synthetic) municipal education secretariat of every synthetic municipality.
 */
export async function addSyntheticRows(
  db: Kysely<Database>,
  municipalities: readonly Pick<MunicipalityRow, 'code' | 'department_code'>[],
): Promise<SyntheticSites> {
  const last = await db
    .selectFrom('accompaniment')
    .select((eb) => eb.fn.max('position').as('position'))
    .executeTakeFirstOrThrow();
  let position = (last.position ?? 0) + 1;
  const rows = municipalities.map(({ code, department_code }) => ({
    position: position++,
    secretariat_name: `Secretaría de Educación sintética ${code}`,
    level: 'MUNICIPAL' as const,
    department_code,
    municipality_code: code,
    period_id: '2025',
    period_as_written: null,
  }));
  for (const chunk of chunks(rows, 500)) await db.insertInto('accompaniment').values(chunk).execute();
  return {};
}
