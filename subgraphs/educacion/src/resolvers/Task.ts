import { changeFields, taskFields } from '@cnim/kit';
import type { ChangeResolvers, TaskResolvers } from '../generated/resolvers-types.js';

export const Task: TaskResolvers = taskFields;
export const Change: ChangeResolvers = changeFields;
