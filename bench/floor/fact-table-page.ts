import { DEVELOPMENT_RUNTIME, MAX_PAGE_SIZE, factTable, indicatorCodes, pageFacts, type MinistryCode } from '@cnim/kit';
import type { FloorDatabases } from './floor-databases.js';

const DATABASE: Record<MinistryCode, keyof FloorDatabases> = {
  IGUALDAD: 'igualdad',
  SALUD: 'salud',
  SENA: 'sena',
  EDUCACION: 'educacion',
  TRABAJO: 'trabajo',
};

/**
 * The `data` of FACT_TABLE_PAGE: one page of a ministry's facts as the BI table, read with the same
 * keyset query and signed with the same development cursor key as the subgraph, so cursors and rows
 * match the gateways' byte for byte.
 */
export async function factTablePage(dbs: FloorDatabases, ministry: MinistryCode, after: string | null) {
  const db = dbs[DATABASE[ministry]] as FloorDatabases['salud'];
  const page = await pageFacts(db, { first: MAX_PAGE_SIZE, after }, await indicatorCodes(db), DEVELOPMENT_RUNTIME.cursors);
  return { ministry: { factTable: factTable(page) } };
}
