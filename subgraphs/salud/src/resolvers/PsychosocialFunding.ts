import { allocatedTotal, desistedCount, statedTransferCount, transferredTotal } from '../db/psychosocial-allocations.js';
import type { PsychosocialFundingResolvers } from '../generated/resolvers-types.js';

export const PsychosocialFunding: PsychosocialFundingResolvers = {
  statedTotalAsWritten: (funding) => funding.stated_total_text,
  statedTransferCount: (_, args, { db }) => statedTransferCount(db, args),
  allocatedTotal: async (_, args, { loaders }) => allocatedTotal(await loaders.allAllocations(args)),
  transferredTotal: async (_, args, { loaders }) => transferredTotal(await loaders.allAllocations(args)),
  desistedCount: async (_, args, { loaders }) => desistedCount(await loaders.allAllocations(args)),
  transfersFrom: (funding) => ({ asWritten: funding.transfers_from_text, date: funding.transfers_from_date, validity: 'VALID' }),
  executionUntil: (funding) => ({ asWritten: funding.execution_until_text, date: funding.execution_until_date, validity: 'VALID' }),
};
