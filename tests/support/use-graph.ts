import { afterAll, beforeAll } from 'vitest';
import { startGraph, type GraphOptions, type RunningGraph } from './graph.js';

/** Starts the whole graph for the test file and stops it afterwards. */
export function useGraph(options: GraphOptions = {}): () => RunningGraph {
  let graph: RunningGraph | undefined;
  beforeAll(async () => {
    graph = await startGraph(options);
  });
  afterAll(() => graph?.stop());
  return () => graph!;
}
