/**
 * The kit reads the project's one registry of subgraphs (graph.config.ts at the repository root)
 * through this file only, so ministries, ports and variable names are never written twice.
 */
export {
  GATEWAY_DEFAULT_PORT,
  MINISTRY_CODES,
  MINISTRY_SUBGRAPHS,
  SUBGRAPHS,
  SUBGRAPH_NAMES,
  defaultSubgraphUrl,
  subgraphEntry,
  subgraphVariables,
  type MinistryCode,
  type MinistrySubgraph,
  type SubgraphEntry,
  type SubgraphName,
} from '../../../../graph.config.js';
