import { qualitativeReport } from '@cnim/kit';
import type { Context } from '../context.js';
import { programmeFrom } from '../db/stated-figures.js';
import type { IgualdadActionResolvers } from '../generated/resolvers-types.js';
import { igualdadFindings } from '../db/findings.js';
import { copiedNarratives, indexFields, resolveIndexedAction } from './Action.js';

/** A programme field answers for its own action only; the other actions answer null. */
const programmeOf =
  (number: number) =>
  async (action: { number: number }, _: unknown, { loaders }: Context) =>
    action.number === number ? programmeFrom(number, await loaders.statedFigures.load(number)) : null;

export const IgualdadAction: IgualdadActionResolvers = {
  __resolveReference: resolveIndexedAction('IGUALDAD'),
  ...indexFields,
  title: async (action, _, { actions }) => (await actions.action.load(action.number))?.title ?? null,
  tasks: (action, _, { actions }) => actions.tasks.load(action.number),
  report: async (action, _, { actions }) => {
    const row = await actions.action.load(action.number);
    return row ? qualitativeReport(row) : null;
  },
  findings: async (action, _, { db, actions }) => [
    ...(await igualdadFindings(db, action.number)),
    ...(await copiedNarratives(db, action.number, (await actions.action.load(action.number))?.narrative)),
  ],
  integrateCentres: programmeOf(1),
  trainings: programmeOf(2),
  communityParticipation: programmeOf(3),
  migrationRoundtables: programmeOf(4),
  technicalTables: programmeOf(5),
  organisationDirectory: programmeOf(10),
};
