import { startSubgraph, type RunningSubgraph, type DatasetDatabase, type SubgraphDefinition, type SubgraphOptions } from '@cnim/kit';
import type { BaseContext } from '@apollo/server';
import { afterAll, beforeAll } from 'vitest';
import { freshDatabase } from './fresh-database.js';
import { graphql } from './graphql.js';

/**
 * A real subgraph server on a free port (or the given one) with a fresh database: SQLite in memory,
 * or a new Postgres database when the run puts this subgraph on Postgres (fresh-database.ts).
 */
export async function startFresh<DB extends DatasetDatabase, Context extends BaseContext>(
  definition: SubgraphDefinition<DB, Context>,
  port = 0,
  options: Pick<SubgraphOptions, 'directTokenKey' | 'maxResponseBytes'> = {},
): Promise<RunningSubgraph> {
  const database = await freshDatabase(definition.name);
  try {
    const running = await startSubgraph(definition, { port, host: '127.0.0.1', database: database.location, ...options });
    return {
      ...running,
      async stop() {
        await running.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
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
