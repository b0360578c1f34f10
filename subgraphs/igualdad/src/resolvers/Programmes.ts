import { periodById } from '@cnim/kit';
import {
  listCommunitySpaces,
  listRoundtables,
  listTechnicalTableEntities,
  listTechnicalTables,
  listTrainingCriteria,
  listTrainings,
  sumCommunityParticipants,
} from '../db/activities.js';
import { listCentres, sumCentreAttendance } from '../db/integrate-centres.js';
import { programmeFigure, statedFigure } from '../db/stated-figures.js';
import type {
  CommunityParticipationResolvers,
  IntegrateCentreProgrammeResolvers,
  OrganisationDirectoryResolvers,
  RoundtableParticipationResolvers,
  TechnicalTableWorkResolvers,
  TrainingProgrammeResolvers,
} from '../generated/resolvers-types.js';

// A programme pairs the totals the report states for an action with the itemised rows they can be
// checked against; the two are never merged. Every figure backed by an indicator reads the facts as of
// a cut (db/stated-figures.ts, db/integrate-centres.ts); words, dates and periods read the report's rows.

export const IntegrateCentreProgramme: IntegrateCentreProgrammeResolvers = {
  investment: (programme, args, { loaders }) => programmeFigure(loaders, programme, 'INVESTMENT_COP', args),
  investmentAsWritten: (programme) => statedFigure(programme, 'INVESTMENT_COP').as_written ?? '',
  investmentPeriod: (programme) => periodById(statedFigure(programme, 'INVESTMENT_COP').period_id),
  investmentPeriodAsWritten: (programme) => statedFigure(programme, 'INVESTMENT_COP').period_as_written,
  statedCentreCount: (programme, args, { loaders }) => programmeFigure(loaders, programme, 'CENTRES', args),
  statedPeopleAttended: (programme) => statedFigure(programme, 'PEOPLE_ATTENDED').value,
  peopleAttendedByCentres: (_, args, { db, loaders }) => sumCentreAttendance(db, loaders, args),
  attendancePeriod: (programme) => periodById(statedFigure(programme, 'PEOPLE_ATTENDED').period_id),
  attendancePeriodAsWritten: (programme) => statedFigure(programme, 'PEOPLE_ATTENDED').period_as_written,
  centres: (_, { status }, { db }) => listCentres(db, status),
};

export const TrainingProgramme: TrainingProgrammeResolvers = {
  criteria: (_, __, { db }) => listTrainingCriteria(db),
  statedTrainingCount: (programme, args, { loaders }) => programmeFigure(loaders, programme, 'TRAININGS', args),
  officialsTrained: (programme, args, { loaders }) => programmeFigure(loaders, programme, 'OFFICIALS_TRAINED', args),
  period: (programme) => periodById(statedFigure(programme, 'TRAININGS').period_id),
  periodAsWritten: (programme) => statedFigure(programme, 'TRAININGS').period_as_written,
  sessions: (_, __, { db }) => listTrainings(db),
};

export const CommunityParticipation: CommunityParticipationResolvers = {
  statedSpaceCount: (programme, args, { loaders }) => programmeFigure(loaders, programme, 'COMMUNITY_SPACES', args),
  statedParticipants: (programme, args, { loaders }) => programmeFigure(loaders, programme, 'COMMUNITY_PARTICIPANTS', args),
  participantsBySpace: (_, __, { db }) => sumCommunityParticipants(db),
  period: (programme) => periodById(statedFigure(programme, 'COMMUNITY_SPACES').period_id),
  periodAsWritten: (programme) => statedFigure(programme, 'COMMUNITY_SPACES').period_as_written,
  spaces: (_, __, { db }) => listCommunitySpaces(db),
};

export const RoundtableParticipation: RoundtableParticipationResolvers = {
  statedCount: (programme, args, { loaders }) => programmeFigure(loaders, programme, 'ROUNDTABLES', args),
  statedCountAsWritten: (programme) => statedFigure(programme, 'ROUNDTABLES').as_written ?? '',
  listedCount: async (_, __, { db }) => (await listRoundtables(db)).length,
  period: (programme) => periodById(statedFigure(programme, 'ROUNDTABLES').period_id),
  periodAsWritten: (programme) => statedFigure(programme, 'ROUNDTABLES').period_as_written,
  roundtables: (_, __, { db }) => listRoundtables(db),
};

export const TechnicalTableWork: TechnicalTableWorkResolvers = {
  statedCount: (programme, args, { loaders }) => programmeFigure(loaders, programme, 'TECHNICAL_TABLES', args),
  period: (programme) => periodById(statedFigure(programme, 'TECHNICAL_TABLES').period_id),
  periodAsWritten: (programme) => statedFigure(programme, 'TECHNICAL_TABLES').period_as_written,
  participatingEntities: (_, __, { db }) => listTechnicalTableEntities(db),
  tables: (_, __, { db }) => listTechnicalTables(db),
};

export const OrganisationDirectory: OrganisationDirectoryResolvers = {
  organisationsMapped: (programme, args, { loaders }) => programmeFigure(loaders, programme, 'ORGANISATIONS_MAPPED', args),
  // The report calls the mapping "preliminar" at this cut.
  preliminary: () => true,
  period: (programme) => periodById(statedFigure(programme, 'ORGANISATIONS_MAPPED').period_id),
  periodAsWritten: (programme) => statedFigure(programme, 'ORGANISATIONS_MAPPED').period_as_written,
};
