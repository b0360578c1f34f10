import { IN_MEMORY, startSubgraph, type RunningSubgraph, type SubgraphDatabase, type SubgraphDefinition } from '@cnim/kit';
import type { BaseContext } from '@apollo/server';

/** A real subgraph server on a free port with a fresh in-memory database. */
export function startFresh<DB extends SubgraphDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  port = 0,
): Promise<RunningSubgraph> {
  return startSubgraph(definition, { port, host: '127.0.0.1', databasePath: IN_MEMORY });
}
