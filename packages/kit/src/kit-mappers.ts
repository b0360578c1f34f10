import { actionMappers } from './modules/actions/mappers.js';
import { cutMappers } from './modules/cuts/mappers.js';
import { factMappers } from './modules/facts/mappers.js';
import { findingMappers } from './modules/findings/mappers.js';
import { periodMappers } from './modules/periods/mappers.js';
import { reportingMappers } from './modules/reporting/mappers.js';
import { territoryMappers } from './modules/territory/mappers.js';

/**
 * Every kit module's codegen mappers (GraphQL type → the row its resolvers receive), read by
 * codegen.ts for each subgraph; `_Prefix_` names are filled per ministry with fillMappers.
 */
export const KIT_MAPPERS: Record<string, string> = {
  ...territoryMappers,
  ...periodMappers,
  ...findingMappers,
  ...actionMappers,
  ...reportingMappers,
  ...cutMappers,
  ...factMappers,
};
