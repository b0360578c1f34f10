import { getMunicipality, periodById } from '@cnim/kit';
import { getAct } from '../db/administrative-acts.js';
import type { PsychosocialAllocationResolvers } from '../generated/resolvers-types.js';

export const PsychosocialAllocation: PsychosocialAllocationResolvers = {
  municipality: (allocation, _, { db }) => getMunicipality(db, allocation.municipality_code),
  period: (allocation) => periodById(allocation.period_id),
  amountPeriod: (allocation) => periodById(allocation.amount_period_id),
  derivedFromQuarters: (allocation) => allocation.derived_from_quarters,
  resolution: (allocation, _, { db }) => (allocation.resolution_id === null ? null : getAct(db, allocation.resolution_id)),
};
