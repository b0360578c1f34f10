import { getMunicipality, periodById, reportedDate } from '@cnim/kit';
import { centreAttendance } from '../db/integrate-centres.js';
import type { IntegrateCentreResolvers } from '../generated/resolvers-types.js';

export const IntegrateCentre: IntegrateCentreResolvers = {
  pilot: (centre) => centre.pilot === 1,
  municipality: (centre, _, { db }) => getMunicipality(db, centre.municipality_code),
  openedOn: (centre) => reportedDate(centre.opened_text, centre.opened_date, 'VALID'),
  peopleAttended: (centre, args, { loaders }) => centreAttendance(loaders, centre, args),
  attendanceLabel: (centre) => centre.attendance_label,
  attendancePeriod: (centre) => (centre.attendance_period_id ? periodById(centre.attendance_period_id) : null),
};
