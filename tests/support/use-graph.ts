import { afterAll, beforeAll } from 'vitest';
import { startGraph, type RunningGraph } from './graph.js';

/** Starts the whole graph for the test file and stops it afterwards. */
export function useGraph(): () => RunningGraph {
  let graph: RunningGraph | undefined;
  beforeAll(async () => {
    graph = await startGraph();
  });
  afterAll(() => graph?.stop());
  return () => graph!;
}
