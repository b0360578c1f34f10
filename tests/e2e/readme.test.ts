import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// Every ```graphql block of the README's "Example queries" section is followed by the ```json answer it documents.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Example queries'), readme.indexOf('## BI connectors'));
const examples = [...section.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)].map((match) => ({
  query: match[1]!,
  answer: JSON.parse(match[2]!) as unknown,
}));

const graph = useGraph();

describe('the README’s example queries', () => {
  it('documents at least the whole plan, one action and one territory', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example, index) => [index + 1, example] as const))('example %i gives exactly the documented answer', async (_, example) => {
    expect(await graphql(graph().url, example.query)).toEqual(example.answer);
  });
});
