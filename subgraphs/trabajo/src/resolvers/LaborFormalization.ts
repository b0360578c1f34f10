import { getDepartment, periodById } from '@cnim/kit';
import { listRnflDepartments, listRnflQuarters, sumRnflDepartments } from '../db/labor-formalization.js';
import type {
  LaborFormalizationStrategyResolvers,
  RnflDepartmentParticipationResolvers,
  RnflQuarterParticipationResolvers,
} from '../generated/resolvers-types.js';

export const LaborFormalizationStrategy: LaborFormalizationStrategyResolvers = {
  borderDepartmentParticipants: (_, args, { db }) => listRnflDepartments(db, args),
  borderDepartmentTotal: (_, args, { db }) => sumRnflDepartments(db, args),
  migrantParticipantsByQuarter: (_, args, { db }) => listRnflQuarters(db, args),
};

export const RnflDepartmentParticipation: RnflDepartmentParticipationResolvers = {
  department: (row, _, { db }) => getDepartment(db, row.department_code),
  period: (row) => periodById(row.period_id),
  periodAsWritten: (row) => row.period_as_written,
};

export const RnflQuarterParticipation: RnflQuarterParticipationResolvers = {
  period: (row) => periodById(row.period_id),
  periodAsWritten: (row) => row.period_as_written,
  migrantParticipants: (row) => row.migrant_participants,
};
