import { chunks, type MunicipalityRow, type SyntheticSites } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** How many synthetic Intégrate centres each synthetic municipality gets. */
const CENTRES_PER_MUNICIPALITY = 3;

/**
 * Benchmark data only (`npm run bench:data`), never the shipped database: Intégrate centres in
 * every synthetic municipality, each with its people attended in 2025. Returns the sites of the
 * indicators reported per site: attendance is reported per centre, so every open centre is a site.
 */
export async function addSyntheticRows(
  db: Kysely<Database>,
  municipalities: readonly Pick<MunicipalityRow, 'code' | 'department_code'>[],
  random: (max: number) => number,
): Promise<SyntheticSites> {
  const last = await db
    .selectFrom('integrate_centre')
    .select((eb) => eb.fn.max('position').as('position'))
    .executeTakeFirstOrThrow();
  let position = (last.position ?? 0) + 1;
  const rows = municipalities.flatMap(({ code }) =>
    Array.from({ length: CENTRES_PER_MUNICIPALITY }, (_, index) => ({
      id: `sintetico-${code}-${index + 1}`,
      position: position++,
      name: `Centro Intégrate sintético ${code}-${index + 1}`,
      status: 'NEW' as const,
      pilot: 0,
      municipality_code: code,
      opened_text: null,
      opened_date: null,
      people_attended: random(5_000),
      attendance_label: null,
      attendance_period_id: '2025',
    })),
  );
  for (const chunk of chunks(rows, 500)) await db.insertInto('integrate_centre').values(chunk).execute();
  // A projected centre has not opened yet, so nobody can have been attended there.
  const centres = await db
    .selectFrom('integrate_centre')
    .select(['id', 'municipality_code'])
    .where('status', '!=', 'PROJECTED')
    .orderBy('position')
    .execute();
  const byMunicipality = new Map<string, string[]>();
  for (const { id, municipality_code } of centres)
    byMunicipality.set(municipality_code, [...(byMunicipality.get(municipality_code) ?? []), id]);
  return { 'IGUALDAD-1-ATENCIONES': byMunicipality };
}
