import type { MinistryCode } from '@cnim/kit';
import { ALL_MUNICIPALITIES, FACT_TABLE_PAGE, ONE_DEPARTMENT, WHOLE_PLAN } from '../workloads.js';
import { factTablePage } from './fact-table-page.js';
import type { FloorDatabases } from './floor-databases.js';
import { allMunicipalities, oneDepartment } from './territory-figures.js';
import { wholePlan } from './whole-plan.js';

export type Variables = Record<string, unknown>;

/** The benchmark's operations, each answered by its hand-written function; anything else is refused. */
export const FLOOR_ANSWERS = new Map<string, (dbs: FloorDatabases, variables: Variables) => Promise<unknown>>([
  [WHOLE_PLAN, (dbs) => wholePlan(dbs)],
  [ALL_MUNICIPALITIES, (dbs) => allMunicipalities(dbs)],
  [ONE_DEPARTMENT, (dbs, variables) => oneDepartment(dbs, String(variables.code))],
  [FACT_TABLE_PAGE, (dbs, variables) => factTablePage(dbs, variables.ministry as MinistryCode, (variables.after as string | null) ?? null)],
]);
