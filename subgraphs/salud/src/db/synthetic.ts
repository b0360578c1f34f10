import { chunks, type MunicipalityRow, type SyntheticSites } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * Benchmark data only (`npm run bench:data`), never the shipped database: a 2025 psychosocial
 * allocation under Resolución 1409 for every synthetic municipality, most of them transferred.
 */
export async function addSyntheticRows(
  db: Kysely<Database>,
  municipalities: readonly Pick<MunicipalityRow, 'code' | 'department_code'>[],
  random: (max: number) => number,
): Promise<SyntheticSites> {
  const last = await db
    .selectFrom('psychosocial_allocation')
    .select((eb) => eb.fn.max('position').as('position'))
    .executeTakeFirstOrThrow();
  let position = (last.position ?? 0) + 1;
  const rows = municipalities.map(({ code }) => ({
    municipality_code: code,
    position: position++,
    amount: random(20_000) * 10_000,
    status: random(9) === 0 ? ('DESISTED' as const) : ('TRANSFERRED' as const),
    period_id: '2025',
    resolution_id: 'resolucion-1409-2025',
  }));
  for (const chunk of chunks(rows, 500)) await db.insertInto('psychosocial_allocation').values(chunk).execute();
  return {};
}
