import { getDepartment, getMunicipality, periodById } from '@cnim/kit';
import type { EducationAccompanimentResolvers } from '../generated/resolvers-types.js';

export const EducationAccompaniment: EducationAccompanimentResolvers = {
  secretariatName: (accompaniment) => accompaniment.secretariat_name,
  department: (accompaniment, _, { db }) => getDepartment(db, accompaniment.department_code),
  municipality: (accompaniment, _, { db }) =>
    accompaniment.municipality_code ? getMunicipality(db, accompaniment.municipality_code) : null,
  period: (accompaniment) => periodById(accompaniment.period_id),
  periodAsWritten: (accompaniment) => accompaniment.period_as_written,
};
