import { IN_MEMORY, startSubgraph, type RunningSubgraph, type DatasetDatabase, type SubgraphDefinition } from '@cnim/kit';
import type { BaseContext } from '@apollo/server';
import { afterAll, beforeAll } from 'vitest';
import { graphql } from './graphql.js';

/** A real subgraph server on a free port with a fresh in-memory database. */
export function startFresh<DB extends DatasetDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  port = 0,
): Promise<RunningSubgraph> {
  return startSubgraph(definition, { port, host: '127.0.0.1', databasePath: IN_MEMORY });
}

/** Starts a fresh subgraph for the test file and stops it afterwards; returns a query function for it. */
export function useFreshSubgraph<DB extends DatasetDatabase, Context extends BaseContext>(definition: SubgraphDefinition<DB, Context>) {
  let subgraph: RunningSubgraph | undefined;
  beforeAll(async () => {
    subgraph = await startFresh(definition);
  });
  afterAll(() => subgraph?.stop());
  return (query: string, variables?: Record<string, unknown>) => graphql(subgraph!.url, query, variables);
}
