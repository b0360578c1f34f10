import { reportedDate } from '@cnim/kit';
import type { AdministrativeActResolvers } from '../generated/resolvers-types.js';

export const AdministrativeAct: AdministrativeActResolvers = {
  issuedOn: (act) => reportedDate(act.issued_text, act.issued_date, 'VALID'),
  expectedBy: (act) => reportedDate(act.expected_text, null, 'NOT_A_DAY'),
};
