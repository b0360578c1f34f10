import { IN_MEMORY, startSubgraph, type RunningSubgraph, type SubgraphDatabase, type SubgraphDefinition } from '@cnim/kit';
import type { BaseContext } from '@apollo/server';

/** A real subgraph server on a free port with a fresh in-memory database. */
export function startFresh<DB extends SubgraphDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
): Promise<RunningSubgraph<DB>> {
  return startSubgraph(definition, { port: 0, host: '127.0.0.1', databasePath: IN_MEMORY });
}
