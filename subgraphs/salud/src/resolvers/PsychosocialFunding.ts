import { allocationTotals } from '../db/psychosocial-allocations.js';
import type { PsychosocialFundingResolvers } from '../generated/resolvers-types.js';

export const PsychosocialFunding: PsychosocialFundingResolvers = {
  statedTotalAsWritten: (funding) => funding.stated_total_text,
  statedTransferCount: (funding) => funding.stated_transfer_count,
  allocatedTotal: async (_, __, { db }) => (await allocationTotals(db)).allocatedTotal,
  transferredTotal: async (_, __, { db }) => (await allocationTotals(db)).transferredTotal,
  desistedCount: async (_, __, { db }) => (await allocationTotals(db)).desistedCount,
  transfersFrom: (funding) => ({ asWritten: funding.transfers_from_text, date: funding.transfers_from_date, validity: 'VALID' }),
  executionUntil: (funding) => ({ asWritten: funding.execution_until_text, date: funding.execution_until_date, validity: 'VALID' }),
};
