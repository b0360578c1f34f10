import { readFileSync } from 'node:fs';
import { composeSupergraph } from '@cnim/gateway/compose';
import { SUPERGRAPH_FILE } from '@cnim/gateway/subgraphs';
import { describe, expect, it } from 'vitest';

describe('supergraph composition', () => {
  it('composes the six subgraph schemas without errors', () => {
    expect(() => composeSupergraph()).not.toThrow();
  });

  it('matches the committed supergraph.graphql (run `npm run compose` after changing a schema)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph());
  });

  it('joins the plan and all five ministry subgraphs', () => {
    const joined = [...composeSupergraph().matchAll(/@join__graph\(name: "(\w+)"/g)].map((match) => match[1]);
    expect(joined).toEqual(['educacion', 'igualdad', 'plan', 'salud', 'sena', 'trabajo']);
  });
});
