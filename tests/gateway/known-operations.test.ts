import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { documentedOperations } from '@cnim/gateway/documented-operations';
import { DOCUMENTED_OPERATIONS_DIR, documentedOperationFiles } from '@cnim/gateway/documented-operations-files';
import { OPERATIONS_DIR } from '@cnim/gateway/known-operations';
import { graphqlExamples } from '@cnim/gateway/markdown-examples';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cutOperationFile } from '../../scripts/cut-operation-files.js';
import { cutOperations } from '../../scripts/cut-operations.js';
import { ALL_MUNICIPALITIES, FACT_TABLE_PAGE, ONE_DEPARTMENT, WHOLE_PLAN } from '../../bench/workloads.js';

const operationFile = (name: string) => readFileSync(new URL(`${name}.graphql`, OPERATIONS_DIR), 'utf8');

describe('the known operations of the schema check', () => {
  const documented = documentedOperations();

  it('finds the README’s examples', () => {
    expect(documented.map((example) => example.name)).toContain('readme-the-subcommission-the-whole-plan');
  });

  it('keeps operations/docs/ exactly as `npm run operations:sync` writes it from README.md and docs/*.md', () => {
    const expected = documentedOperationFiles();
    expect(readdirSync(DOCUMENTED_OPERATIONS_DIR).sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(readFileSync(new URL(name, DOCUMENTED_OPERATIONS_DIR), 'utf8'), name).toBe(text);
  });

  it.each(Object.entries(cutOperations()))(
    'keeps operations/cuts/%s.graphql as `npm run compose` writes it from the registry',
    (name, text) => {
      expect(readFileSync(cutOperationFile(name), 'utf8')).toBe(text);
    },
  );

  it.each([
    ['bench-whole-plan', WHOLE_PLAN],
    ['bench-all-municipalities', ALL_MUNICIPALITIES],
    ['bench-one-department', ONE_DEPARTMENT],
    ['bench-fact-table-page', FACT_TABLE_PAGE],
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
