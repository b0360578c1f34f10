import { readFileSync } from 'node:fs';
import { documentedOperations } from '@cnim/gateway/documented-operations';
import { OPERATIONS_DIR } from '@cnim/gateway/known-operations';
import { graphqlExamples } from '@cnim/gateway/markdown-examples';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_MUNICIPALITIES, FACTS_PAGE, ONE_DEPARTMENT, WHOLE_PLAN } from '../../bench/workloads.js';

const operationFile = (name: string) => readFileSync(new URL(`${name}.graphql`, OPERATIONS_DIR), 'utf8');

describe('the known operations of the schema check', () => {
  const documented = documentedOperations();

  it('finds the README’s examples', () => {
    expect(documented.map((example) => example.name)).toContain('readme-the-whole-plan');
  });

  it.each(documented.map((example) => [example.name, example] as const))(
    'keeps the documented example %s as operations/<name>.graphql, word for word',
    (_, example) => {
      expect(operationFile(example.name)).toBe(example.query);
    },
  );

  it.each([
    ['bench-whole-plan', WHOLE_PLAN],
    ['bench-all-municipalities', ALL_MUNICIPALITIES],
    ['bench-one-department', ONE_DEPARTMENT],
    ['bench-facts-page', FACTS_PAGE],
  ])('keeps the benchmark workload %s as sent', (name, query) => {
    expect(print(parse(operationFile(name)))).toBe(print(parse(query)));
  });
});

describe('graphqlExamples', () => {
  it('names each example after its heading, numbers repeats and ignores # lines inside fences', () => {
    const markdown = [
      '# Guía',
      '```sh',
      '# not a heading',
      '```',
      '```graphql',
      '{ a }',
      '```',
      '## Una acción: los centros Intégrate',
      '```graphql',
      '{ b }',
      '```',
      '```json',
      '{}',
      '```',
      '```graphql',
      '{ c }',
      '```',
    ].join('\n');
    expect(graphqlExamples(markdown, 'README')).toEqual([
      { name: 'readme-guia', query: '{ a }\n' },
      { name: 'readme-una-accion-los-centros-integrate', query: '{ b }\n' },
      { name: 'readme-una-accion-los-centros-integrate-2', query: '{ c }\n' },
    ]);
  });
});
