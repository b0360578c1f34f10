import { changeFields, reportFields, taskFields } from '@cnim/kit';
import type { ChangeResolvers, QualitativeReportResolvers, TaskResolvers } from '../generated/resolvers-types.js';

export const Task: TaskResolvers = taskFields;
export const Change: ChangeResolvers = changeFields;
export const QualitativeReport: QualitativeReportResolvers = reportFields;
