import { readerDatabase } from '../modules/cuts/approved-version.js';
import type { Kysely } from 'kysely';
import { buildSchema } from '../graphql/build-schema.js';
import { scalarsModule } from '../graphql/scalars-module.js';
import type { SubgraphModule } from '../graphql/subgraph-module.js';
import { actionsModule } from '../modules/actions/module.js';
import { cutsModule } from '../modules/cuts/module.js';
import { createActionLoaders } from '../modules/actions/actions.js';
import type { FactDatabase } from '../modules/facts/facts.js';
import { factsModule } from '../modules/facts/module.js';
import { findingsModule } from '../modules/findings/module.js';
import { periodsModule } from '../modules/periods/module.js';
import { seedPeriods } from '../modules/periods/periods.js';
import { reportingModule } from '../modules/reporting/module.js';
import { changeModule } from '../modules/reporting/change-module.js';
import { createTerritoryLoaders, seedTerritories } from '../modules/territory/territory.js';
import { territoryModule } from '../modules/territory/module.js';
import type { KitContext } from './kit-context.js';
import type { ActionInCut } from '../modules/actions/actions.js';
import { nonexistentDeadlines, type FindingView } from '../modules/findings/findings.js';
import { valueRuleFindings } from '../modules/findings/value-rule-findings.js';
import { WRITE_MIGRATIONS, KIT_MIGRATIONS } from './migrations.js';
import { MINISTRY_SUBGRAPHS, type MinistrySubgraph } from './registry.js';
import type { SubgraphDatabase } from './kit-database.js';
import type { Dataset, SubgraphDefinition } from './subgraph.js';

/** A ministry's context: the kit's, plus the ministry's own per-request loaders. */
export type MinistryContext<DB extends SubgraphDatabase & FactDatabase, Loaders> = KitContext<DB> & { loaders: Loaders };

/** What a ministry writes itself; the kit adds the shared contract around it. */
export interface MinistrySubgraphParts<DB extends SubgraphDatabase & FactDatabase, Loaders> {
  /** Its name in the registry (graph.config.ts). */
  name: MinistrySubgraph['name'];
  defaultDatabase: URL;
  /** The ministry's own SDL (only its own types and fields) and their resolvers. */
  module: SubgraphModule;
  /** Its own migrations folder; the kit's shared migrations run first. */
  migrations: URL;
  datasets: ReadonlyArray<Dataset<DB>>;
  createLoaders(db: Kysely<DB>): Loaders;
}

/** Looks a ministry up in the registry; a name that is not there is a programming error worth stopping on. */
export function ministryEntry(name: string): MinistrySubgraph {
  const entry = MINISTRY_SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`"${name}" no es un ministerio del registro (graph.config.ts).`);
  return entry;
}

/**
 * The kit modules every ministry subgraph is made of, in order: scalars, territory (the entities; the
 * plan serves the root territory queries), periods, findings, actions, the audit's changes, reporting, cuts, facts. The ones whose types carry the ministry's name are filled
 * from the registry entry.
 */
export function ministryKitModules(ministry: MinistrySubgraph): SubgraphModule[] {
  return [
    scalarsModule,
    territoryModule,
    periodsModule,
    findingsModule,
    actionsModule(ministry),
    changeModule,
    reportingModule(ministry),
    cutsModule(ministry),
    factsModule(ministry),
  ];
}

/**
 * Every ministry's own findings also list its stored values that break a value rule, as of the cut
 * the action is read in, whatever rules of its own the ministry adds.
 */
function withValueRuleFindings(module: SubgraphModule, prefix: string): SubgraphModule {
  const typeName = `${prefix}Action`;
  const own = module.resolvers[typeName] as Record<string, unknown> | undefined;
  const ownFindings = own?.ownFindings as
    | ((action: ActionInCut, args: unknown, context: KitContext) => Promise<FindingView[]> | FindingView[])
    | undefined;
  const findings = async (action: ActionInCut, args: unknown, context: KitContext) => [
    ...(ownFindings ? await ownFindings(action, args, context) : await nonexistentDeadlines(context.db, action.number)),
    ...(await valueRuleFindings(context.db, action.number, await context.actions.cutOf(action))),
  ];
  return { ...module, resolvers: { ...module.resolvers, [typeName]: { ...own, ownFindings: findings } } };
}

/** A ministry's complete subgraph definition: the kit's modules, migrations and reference data, and its own. */
export function ministrySubgraph<DB extends SubgraphDatabase & FactDatabase, Loaders>(
  parts: MinistrySubgraphParts<DB, Loaders>,
): SubgraphDefinition<DB, MinistryContext<DB, Loaders>> {
  const ministry = ministryEntry(parts.name);
  return {
    name: parts.name,
    defaultDatabase: parts.defaultDatabase,
    schema: buildSchema([...ministryKitModules(ministry), withValueRuleFindings(parts.module, ministry.ministry.typePrefix)]),
    migrations: [KIT_MIGRATIONS, WRITE_MIGRATIONS, parts.migrations],
    async prepare(db) {
      await seedTerritories(db);
      await seedPeriods(db);
    },
    datasets: parts.datasets,
    exampleQuery: `{\n  ${parts.name}Indicators { code name unit }\n  ${parts.name}Facts(first: 5) {\n    totalCount\n    nodes { id periodId territoryCode value unit }\n  }\n}\n`,
    readerDatabase: (db, identity) => readerDatabase(db, identity, ministry.ministry.code),
    createContext: (db, identity, runtime) => ({
      db,
      identity,
      cursors: runtime.cursors,
      actions: createActionLoaders(db),
      territories: createTerritoryLoaders(db),
      loaders: parts.createLoaders(db),
    }),
  };
}
