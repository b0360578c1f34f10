import { ministryDataFields } from '@cnim/kit';
import { listSenaActions } from '../db/programmes.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

// The root fields serve a ministry team running this subgraph alone; the gateway uses SenaData.
const DATA = ministryDataFields('SENA');

export const Query: QueryResolvers = {
  senaActions: (_, __, { db }) => listSenaActions(db),
  senaIndicators: (_, args, context) => DATA.indicators(undefined, args, context),
  senaFacts: (_, args, context) => DATA.facts(undefined, args, context),
};
