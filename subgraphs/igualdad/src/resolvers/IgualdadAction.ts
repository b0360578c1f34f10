import type { Context } from '../context.js';
import { programmeFrom } from '../db/stated-figures.js';
import type { IgualdadActionResolvers } from '../generated/resolvers-types.js';
import { igualdadFindings } from '../db/findings.js';

/** A programme field answers for its own action only; the other actions answer null. */
const programmeOf =
  (number: number) =>
  async (action: { number: number }, _: unknown, { loaders }: Context) =>
    action.number === number ? programmeFrom(number, await loaders.statedFigures.load(number)) : null;

export const IgualdadAction: IgualdadActionResolvers = {
  ownFindings: (action, _, { db }) => igualdadFindings(db, action.number),
  integrateCentres: programmeOf(1),
  trainings: programmeOf(2),
  communityParticipation: programmeOf(3),
  migrationRoundtables: programmeOf(4),
  technicalTables: programmeOf(5),
  organisationDirectory: programmeOf(10),
};
