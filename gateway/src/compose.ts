import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, defaultSubgraphUrl } from '@cnim/kit';

/** The printed SDL of a subgraph (written by `npm run compose`), the only input composition reads. */
export function subgraphTypeDefs(name: string): string {
  return readFileSync(new URL(`../../subgraphs/${name}/src/generated/schema.graphql`, import.meta.url), 'utf8');
}

/** Composes the committed subgraph schemas; throws with every composition error, in full. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((entry) => ({
      name: entry.name,
      url: defaultSubgraphUrl(entry),
      typeDefs: parse(subgraphTypeDefs(entry.name)),
    })),
  );
  if (result.errors) {
    throw new Error(`La composición del supergrafo falló:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
