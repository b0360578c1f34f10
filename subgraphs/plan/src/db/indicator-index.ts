import type { MinistryCode } from '@cnim/kit';
import type { Kysely } from 'kysely';
import type { Database, PlanIndicatorRow } from './database.js';

export interface IndicatorIndexFilter {
  ministry?: MinistryCode | null;
  action?: number | null;
}

export function listIndexedIndicators(db: Kysely<Database>, filter: IndicatorIndexFilter = {}): Promise<PlanIndicatorRow[]> {
  let query = db.selectFrom('plan_indicator').selectAll();
  if (filter.ministry) query = query.where('ministry', '=', filter.ministry);
  if (filter.action) query = query.where('action_number', '=', filter.action);
  return query.orderBy('position').execute();
}

/** The index entries of cut 2025-11: codes and owners of every ministry's indicators, in catalogue order. */
export async function seedIndicatorIndex(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('plan_indicator')
    .values(
      [
        ['IGUALDAD-1-ATENCIONES', 'IGUALDAD', 1],
        ['IGUALDAD-1-INVERSION', 'IGUALDAD', 1],
        ['IGUALDAD-1-CENTROS', 'IGUALDAD', 1],
        ['IGUALDAD-2-FORMACIONES', 'IGUALDAD', 2],
        ['IGUALDAD-2-FUNCIONARIOS', 'IGUALDAD', 2],
        ['IGUALDAD-3-ESPACIOS', 'IGUALDAD', 3],
        ['IGUALDAD-3-PARTICIPANTES', 'IGUALDAD', 3],
        ['IGUALDAD-4-MESAS', 'IGUALDAD', 4],
        ['IGUALDAD-5-MESAS-TECNICAS', 'IGUALDAD', 5],
        ['IGUALDAD-10-ORGANIZACIONES', 'IGUALDAD', 10],
        ['SALUD-12-ASIGNACION', 'SALUD', 12],
        ['SALUD-12-GIRO', 'SALUD', 12],
        ['SALUD-12-TRANSFERENCIAS', 'SALUD', 12],
        ['SENA-8-ORIENTADOS', 'SENA', 8],
        ['SENA-9-CERTIFICADOS', 'SENA', 9],
        ['SENA-9-CENTROS', 'SENA', 9],
        ['EDUCACION-11-SECRETARIAS', 'EDUCACION', 11],
        ['TRABAJO-7-RNFL-PARTICIPANTES', 'TRABAJO', 7],
        ['TRABAJO-7-RNFL-MIGRANTES', 'TRABAJO', 7],
        ['TRABAJO-15-CONVENIOS', 'TRABAJO', 15],
        ['TRABAJO-15-MANUALES', 'TRABAJO', 15],
      ].map(([code, ministry, action_number], index) => ({
        code: code as string,
        ministry: ministry as MinistryCode,
        action_number: action_number as number,
        position: index + 1,
      })),
    )
    .execute();
}
