import { periodById } from '@cnim/kit';
import { getStatedCount, listAlliedProviders } from '../db/employment-placement.js';
import type {
  AlliedProviderResolvers,
  AssociationAgreementResolvers,
  EmploymentPlacementProgrammeResolvers,
} from '../generated/resolvers-types.js';

export const EmploymentPlacementProgramme: EmploymentPlacementProgrammeResolvers = {
  agreement: (agreement) => agreement,
  statedAgreementCount: (agreement, args, { db }) => getStatedCount(db, agreement, 'AGREEMENTS_SIGNED', args),
  statedManualCount: (agreement, args, { db }) => getStatedCount(db, agreement, 'OPERATING_MANUALS', args),
  alliedProviders: (_, __, { db }) => listAlliedProviders(db),
  period: (agreement) => periodById(agreement.period_id),
  periodAsWritten: (agreement) => agreement.period_as_written,
};

export const AssociationAgreement: AssociationAgreementResolvers = {
  parties: (agreement) => [agreement.first_party, agreement.second_party],
};

export const AlliedProvider: AlliedProviderResolvers = {
  membersAsWritten: (provider) => provider.members_as_written,
};
