import { getDepartment, getMunicipality, reportedDate } from '@cnim/kit';
import type {
  CommunitySpaceResolvers,
  MigrationRoundtableResolvers,
  TechnicalTableResolvers,
  TrainingResolvers,
} from '../generated/resolvers-types.js';

// Every activity date in the report names a day that exists; the text is kept beside it.
const heldOn = (row: { held_text: string; held_date: string }) => reportedDate(row.held_text, row.held_date, 'VALID')!;

export const Training: TrainingResolvers = { heldOn };

export const CommunitySpace: CommunitySpaceResolvers = {
  heldOn,
  venueAsWritten: (space) => space.venue_text,
  municipality: (space, _, { db }) => (space.municipality_code ? getMunicipality(db, space.municipality_code) : null),
  participantsDescription: (space) => space.participants_description,
};

export const MigrationRoundtable: MigrationRoundtableResolvers = {
  heldOn,
  department: (roundtable, _, { db }) => getDepartment(db, roundtable.department_code),
  venueAsWritten: (roundtable) => roundtable.venue_text,
};

export const TechnicalTable: TechnicalTableResolvers = { heldOn };
