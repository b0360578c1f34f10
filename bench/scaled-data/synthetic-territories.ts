import type { Kysely } from 'kysely';
import { chunks, narrowTo, type MunicipalityRow, type TerritoryDatabase } from '@cnim/kit';

const territories = narrowTo<TerritoryDatabase>();

/**
 * Synthetic municipalities that bring the catalogue up to `total`, spread evenly over the 33
 * departments. Codes take the department's prefix and the highest free suffixes (999 down), far
 * from DANE's usual numbering, and every name says it is synthetic, so no one mistakes them for places.
 * Every subgraph that keeps the catalogue (the ministries and the plan) gets the same ones, as DIVIPOLA
 * would. Returns the municipalities it added, in code order.
 */
export async function addSyntheticMunicipalities<DB extends TerritoryDatabase>(
  database: Kysely<DB>,
  total: number,
): Promise<Array<Pick<MunicipalityRow, 'code' | 'department_code'>>> {
  const db = territories(database);
  const departments = await db.selectFrom('department').select('code').orderBy('code').execute();
  const taken = new Set((await db.selectFrom('municipality').select('code').execute()).map((row) => row.code));
  const missing = total - taken.size;
  const rows: Array<{ code: string; name: string; department_code: string }> = [];
  for (let index = 0; index < missing; index += 1) {
    const department = departments[index % departments.length]!.code;
    let suffix = 999 - Math.floor(index / departments.length);
    while (taken.has(`${department}${suffix}`)) suffix -= 1;
    const code = `${department}${String(suffix).padStart(3, '0')}`;
    taken.add(code);
    rows.push({ code, name: `Municipio sintético ${code}`, department_code: department });
  }
  for (const chunk of chunks(rows, 500)) await db.insertInto('municipality').values(chunk).execute();
  return rows.map(({ code, department_code }) => ({ code, department_code })).sort((a, b) => a.code.localeCompare(b.code));
}
