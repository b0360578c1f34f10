import {
  WRITE_MIGRATIONS,
  INDICATOR_DATASET,
  MINISTRY_SUBGRAPHS,
  REPORT_DATASET,
  CUTS_SCHEMA,
  buildSchema,
  changeModule,
  fillTemplate,
  findingsModule,
  scalarsModule,
  readSdl,
  seedTerritories,
  territoryModule,
  territoryQueriesModule,
  type SubgraphDefinition,
} from '@cnim/kit';
import { createContext, type Context } from './context.js';
import type { Database } from './db/database.js';
import { seedIndicatorIndex } from './db/indicator-index.js';
import { seedCuts } from './db/report-cuts.js';
import { seedPlan } from './db/seed-plan.js';
import { resolvers } from './resolvers/index.js';

/** The selection the cut's one state requires: each ministry's own state in it. */
const ALL_SUBMISSIONS = MINISTRY_SUBGRAPHS.map((entry) => `${entry.name}Submission { status }`).join(' ');

const SCHEMA = readSdl(new URL('../schema.graphql', import.meta.url)).replaceAll('_allSubmissions_', ALL_SUBMISSIONS);
const MINISTRY_TEMPLATE = readSdl(new URL('../ministry.graphql', import.meta.url));

/** The selection every action's findings require: each ministry's narratives of the cut. */
const ALL_NARRATIVES = MINISTRY_SUBGRAPHS.map((entry) => `${entry.name}Narratives { actionNumber narrative }`).join(' ');

/** The plan's own SDL, plus the stubs of each ministry in the registry (ministry.graphql, filled for each). */
const typeDefs = [
  SCHEMA,
  ...MINISTRY_SUBGRAPHS.map((entry) => fillTemplate(MINISTRY_TEMPLATE, entry).replaceAll('_allNarratives_', ALL_NARRATIVES)),
].join('\n');

/**
 * The subcommission's technical secretariat: the plan as a whole (objective, axes, overall progress,
 * the 15 actions' owners, the participating ministries), the rules that compare actions, and the root
 * territory queries that every ministry's figures join.
 */
export const plan: SubgraphDefinition<Database, Context> = {
  name: 'plan',
  defaultDatabase: new URL('../data/plan.sqlite', import.meta.url),
  schema: buildSchema([
    scalarsModule,
    findingsModule,
    territoryModule,
    territoryQueriesModule,
    changeModule,
    { typeDefs: `${CUTS_SCHEMA}\n${typeDefs}`, resolvers },
  ]),
  migrations: [new URL('./db/migrations/', import.meta.url), WRITE_MIGRATIONS],
  prepare: seedTerritories,
  datasets: [
    { id: REPORT_DATASET, load: seedPlan },
    { id: INDICATOR_DATASET, load: seedIndicatorIndex },
    // After the report: an existing database gets its first cut from the plan row it already holds.
    { id: 'cortes-informe-2025-11', load: seedCuts },
  ],
  createContext,
  exampleQuery: '{\n  plan {\n    overallProgressPercent\n    objective\n    actions { number ministry ownerInReport }\n  }\n}\n',
};
