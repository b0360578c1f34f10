import type { Kysely } from 'kysely';
import type { Database, IntegrateCentreRow, IntegrateCentreTable } from './database.js';
import {
  REPORT_CUT_ID,
  currentFacts,
  factId,
  figureCut,
  figurePeriodInCut,
  figureValue,
  memoisedAggregate,
  missingFigure,
  type FigureArgs,
} from '@cnim/kit';
import type { Loaders } from './loaders.js';

/** Attendance is given per centre: each centre is a site of this indicator, in its municipality. */
const ATTENDANCE = 'IGUALDAD-1-ATENCIONES';

/** Centres in the order of the report's list, optionally of one status. */
export function listCentres(db: Kysely<Database>, status?: IntegrateCentreTable['status'] | null): Promise<IntegrateCentreRow[]> {
  let query = db.selectFrom('integrate_centre').selectAll();
  if (status) query = query.where('status', '=', status);
  return query.orderBy('position').execute();
}

/** The period of the attendance the report gives: the centre's own, or the attendance list's for a centre it gives no figure for. */
async function reportAttendancePeriod(loaders: Loaders, centre: Pick<IntegrateCentreRow, 'attendance_period_id'>): Promise<string> {
  // Loaded even when the centre has its own period, so a request costs the same statements whichever centres it reads.
  const stated = (await loaders.statedFigures.load(1)).find((figure) => figure.code === 'PEOPLE_ATTENDED');
  const period = centre.attendance_period_id ?? stated?.period_id;
  if (!period) throw new Error('El informe no da el periodo de las personas atendidas');
  return period;
}

/**
 * People a centre attended in a period as of a cut: the fact IGUALDAD-1-ATENCIONES of its site in its
 * municipality, or null when the facts have none.
 */
export async function centreAttendance(loaders: Loaders, centre: IntegrateCentreRow, args: FigureArgs): Promise<number | null> {
  const cut = await figureCut(loaders, args.cut);
  const period = figurePeriodInCut(args.period, await reportAttendancePeriod(loaders, centre), cut);
  return figureValue(loaders, cut, factId(ATTENDANCE, period, centre.municipality_code, centre.id));
}

/**
 * Derived: the sum of the centres' attendance in a period as of a cut (each read as centreAttendance
 * reads it), to be compared with the total the report states. A period in which no centre has a
 * figure is refused rather than summed to zero.
 */
export async function sumCentreAttendance(db: Kysely<Database>, loaders: Loaders, args: FigureArgs): Promise<number> {
  const cut = await figureCut(loaders, args.cut);
  // Null: each centre's own period, as the report gives it (its own cut, with no period asked for).
  const period = args.period == null && cut.id === REPORT_CUT_ID ? null : figurePeriodInCut(args.period, cut.closing_date.slice(0, 4), cut);
  // Thousands of centres at scale (16 ms a request on the benchmark's data): summed once per cut, period
  // and data version, and again after any write.
  return memoisedAggregate(db, `igualdad:attendance:${cut.id}:${period ?? 'informe'}`, async () => {
    const centres = await listCentres(db);
    const periods = await Promise.all(centres.map((centre) => period ?? reportAttendancePeriod(loaders, centre)));
    // Every centre's fact in one statement over the indicator's slice, then exactly the one each centre
    // reads: its site, its municipality, its period.
    const wanted = new Set(centres.map((centre, index) => factId(ATTENDANCE, periods[index]!, centre.municipality_code, centre.id)));
    const facts = await currentFacts(db, cut.id)
      .select(['id', 'value'])
      .where('indicator_code', '=', ATTENDANCE)
      .where('period_id', 'in', [...new Set(periods)])
      .where('site', '<>', 'TOTAL')
      .where('sex', '=', 'TOTAL')
      .where('nationality', '=', 'TOTAL')
      .execute();
    const given = facts.filter((fact) => wanted.has(fact.id)).map((fact) => fact.value);
    const total = given.length === 0 ? null : given.reduce((sum, value) => sum + value, 0);
    return total ?? missingFigure(ATTENDANCE, period ?? (await reportAttendancePeriod(loaders, { attendance_period_id: null })), cut.id);
  });
}
