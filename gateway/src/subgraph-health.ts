/**
 * What the gateway has seen of each subgraph lately: down after a request it could not answer, up again
 * after one it answered. Only what requests found: it probes nothing.
 */
export interface SubgraphHealth {
  answered(subgraph: string): void;
  unanswered(subgraph: string): void;
  /** The subgraphs whose last request went unanswered, in name order. */
  down(): string[];
}

export function subgraphHealth(): SubgraphHealth {
  const down = new Set<string>();
  return {
    answered: (subgraph) => void down.delete(subgraph),
    unanswered: (subgraph) => void down.add(subgraph),
    down: () => [...down].sort(),
  };
}
