import { figurePeriod, groupLoader, type FigureArgs } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { REPORT_PERIOD, rnflOfDepartments, type RnflDepartmentView } from './labor-formalization.js';

type RnflLoader = ReturnType<typeof groupLoader<string, RnflDepartmentView>>;

/**
 * Trabajo's RNFL figures by department, batched per request: one loader per cut and period asked
 * for, so every department of a request costs the same statements as one.
 */
export function createLoaders(db: Kysely<Database>) {
  const loaders = new Map<string, RnflLoader>();
  return {
    rnflByDepartment(args: FigureArgs): RnflLoader {
      // The period is checked here, so a wrong one is refused before anything is read; without one, the cut's is read.
      if (args.period != null) figurePeriod(args.period, REPORT_PERIOD);
      const key = JSON.stringify([args.cut ?? null, args.period ?? null]);
      let loader = loaders.get(key);
      if (!loader) {
        const read = { cut: args.cut ?? null, period: args.period ?? null };
        loader = groupLoader(
          (codes: readonly string[]) => rnflOfDepartments(db, read, codes),
          (row) => row.department_code,
        );
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
