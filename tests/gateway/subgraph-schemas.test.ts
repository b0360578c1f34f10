import { readFileSync } from 'node:fs';
import { SUBGRAPH_NAMES } from '@cnim/kit';
import { buildASTSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSubgraphSdl, subgraphSdlFile } from '../../scripts/subgraph-schemas.js';

const handWritten = (name: string) => readFileSync(new URL(`../../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8');

describe('each subgraph’s SDL', () => {
  it.each(SUBGRAPH_NAMES)('%s: the committed printed SDL is what the subgraph builds (run `npm run compose`)', async (name) => {
    expect(readFileSync(subgraphSdlFile(name), 'utf8')).toBe(await printSubgraphSdl(name));
  });

  it('no type of the shared contract is written by hand in more than one subgraph', () => {
    const owners = new Map<string, string[]>();
    for (const name of SUBGRAPH_NAMES) {
      for (const definition of parse(handWritten(name)).definitions) {
        // Extensions (`extend type Municipality { … }`) add a ministry's own fields to a kit type: that is ownership, not a copy.
        if (!('name' in definition) || !definition.name || definition.kind.endsWith('Extension')) continue;
        owners.set(definition.name.value, [...(owners.get(definition.name.value) ?? []), name]);
      }
    }
    expect([...owners].filter(([, subgraphs]) => subgraphs.length > 1)).toEqual([]);
  });

  it.each(SUBGRAPH_NAMES)('%s: the hand-written schema.graphql stays under 300 lines (the kit holds the contract)', (name) => {
    expect(handWritten(name).split('\n').length).toBeLessThan(300);
  });

  it.each(SUBGRAPH_NAMES)('%s: every query its README sends with curl is valid against its schema', (name) => {
    const readme = readFileSync(new URL(`../../subgraphs/${name}/README.md`, import.meta.url), 'utf8');
    const queries = [...readme.matchAll(/"query":"(.*?)"\}'/g)].map((match) => match[1]!.replaceAll('\\"', '"'));
    // Federation's directives are not defined in the printed SDL; they do not matter to a client's query.
    const schema = buildASTSchema(parse(readFileSync(subgraphSdlFile(name), 'utf8')), { assumeValidSDL: true });
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.map((query) => validate(schema, parse(query)).map((error) => error.message))).toEqual(queries.map(() => []));
  });
});
