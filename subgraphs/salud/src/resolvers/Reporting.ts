import { changeFields, periodApprovalFields, reportFields, taskFields } from '@cnim/kit';
import type { ChangeResolvers, PeriodApprovalResolvers, QualitativeReportResolvers, TaskResolvers } from '../generated/resolvers-types.js';

export const Task: TaskResolvers = taskFields;
export const Change: ChangeResolvers = changeFields;
export const QualitativeReport: QualitativeReportResolvers = reportFields;
export const PeriodApproval: PeriodApprovalResolvers = periodApprovalFields;
