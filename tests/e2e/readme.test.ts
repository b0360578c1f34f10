import { readdirSync, readFileSync } from 'node:fs';
import { markdownFences } from '@cnim/gateway/markdown-examples';
import { describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql.js';
import { useGraph } from '../support/use-graph.js';

// The documented examples live in README.md and in the pages under docs/. Any ```graphql block that is
// immediately followed by a ```json block is an example, and the JSON is the answer it documents.
const root = new URL('../../', import.meta.url);
const files = [
  'README.md',
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

interface Example {
  /** Where the example lives: file and the nearest heading above it. */
  name: string;
  query: string;
  answer: unknown;
}

function examplesIn(file: string): Example[] {
  // The fenced blocks with the heading above each, which names the example.
  const markdown = readFileSync(new URL(file, root), 'utf8');
  const lines = markdown.split('\n');
  const blocks = markdownFences(markdown).map((fence) => ({ ...fence, lang: fence.info, heading: fence.heading || '(top)' }));
  const examples: Example[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    const onlyBlankBetween = next !== undefined && lines.slice(block.last + 1, next.first).every((line) => line.trim() === '');
    if (block.lang !== 'graphql' || !onlyBlankBetween || next.lang !== 'json') return;
    const name = `${file} › ${block.heading}`;
    let answer: unknown;
    try {
      answer = JSON.parse(next.body);
    } catch (error) {
      throw new Error(`${name}: the documented answer is not valid JSON (${(error as Error).message})`);
    }
    examples.push({ name, query: block.body, answer });
  });
  return examples;
}

const examples = files.flatMap(examplesIn);
const graph = useGraph();

describe('the documented example queries (README.md and docs/)', () => {
  it('documents at least the whole plan, one action and one territory', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps at least one example in the README itself', () => {
    expect(examples.some(({ name }) => name.startsWith('README.md ›'))).toBe(true);
  });

  it.each(examples.map((example) => [example.name, example] as const))('%s gives exactly the documented answer', async (_, example) => {
    expect(await graphql(graph().url, example.query)).toEqual(example.answer);
  });
});
