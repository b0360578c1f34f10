import { figurePeriod, groupLoader, type FigureArgs } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import {
  REPORT_PERIOD,
  allocationsOfDepartments,
  allocationsOfMunicipalities,
  readAllAllocations,
  type AllAllocations,
  type AllocationView,
} from './psychosocial-allocations.js';

type AllocationLoader = ReturnType<typeof groupLoader<string, AllocationView>>;

/**
 * Salud's allocations by territory, batched per request: one loader per cut and period asked for,
 * so every municipality (or department) of a request costs the same statements as one.
 */
export function createLoaders(db: Kysely<Database>) {
  const loaders = new Map<string, AllocationLoader>();
  const loaderFor = (kind: 'municipality' | 'department', args: FigureArgs): AllocationLoader => {
    // The period is checked here, so a wrong one is refused before anything is read; without one, the cut's is read.
    if (args.period != null) figurePeriod(args.period, REPORT_PERIOD);
    const key = JSON.stringify([kind, args.cut ?? null, args.period ?? null]);
    let loader = loaders.get(key);
    if (!loader) {
      const read = { cut: args.cut ?? null, period: args.period ?? null };
      loader =
        kind === 'municipality'
          ? groupLoader(
              (codes: readonly string[]) => allocationsOfMunicipalities(db, read, codes),
              (row) => row.municipality_code,
            )
          : groupLoader(
              (codes: readonly string[]) => allocationsOfDepartments(db, read, codes),
              (row) => row.municipality_code.slice(0, 2),
            );
      loaders.set(key, loader);
    }
    return loader;
  };
  // The totals and the root list read every allocation of a cut and period once per request.
  const everyAllocation = new Map<string, Promise<AllAllocations>>();
  const allAllocations = (args: FigureArgs): Promise<AllAllocations> => {
    const key = JSON.stringify([args.cut ?? null, args.period ?? null]);
    let read = everyAllocation.get(key);
    if (!read) everyAllocation.set(key, (read = readAllAllocations(db, args)));
    return read;
  };
  return {
    allAllocations,
    allocationsByMunicipality: (args: FigureArgs) => loaderFor('municipality', args),
    allocationsByDepartment: (args: FigureArgs) => loaderFor('department', args),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
