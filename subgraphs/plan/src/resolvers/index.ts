import { MINISTRY_SUBGRAPHS } from '@cnim/kit';
import type { Resolvers } from '../generated/resolvers-types.js';
import { indexedActionFields, resolveIndexedAction } from './actions.js';
import { Plan, ReportCut } from './Plan.js';
import { PlanMutations } from './PlanMutations.js';
import { Query } from './Query.js';

const PREFIX = new Map<string, string>(MINISTRY_SUBGRAPHS.map((entry) => [entry.ministry.code, entry.ministry.typePrefix]));
const prefixOf = (ministry: string) => PREFIX.get(ministry) ?? ministry;

const own: Resolvers = { Query, Plan, ReportCut, PlanMutations, Mutation: { plan: () => ({}) } };

/**
 * The plan's resolvers: its own types, and for each ministry of the registry the stubs that route
 * that ministry's actions, indicators and BI data to its subgraph (their types come from ministry.graphql).
 */
export const resolvers = {
  ...own,
  Action: { __resolveType: (action: { ministry: string }) => `${prefixOf(action.ministry)}Action` },
  Indicator: { __resolveType: (indicator: { ministry: string }) => `${prefixOf(indicator.ministry)}Indicator` },
  MinistryData: { __resolveType: (data: { ministry: string }) => `${prefixOf(data.ministry)}Data` },
  ...Object.fromEntries(
    MINISTRY_SUBGRAPHS.map((entry) => [
      `${entry.ministry.typePrefix}Action`,
      { __resolveReference: resolveIndexedAction(entry.ministry.code), ...indexedActionFields },
    ]),
  ),
};
