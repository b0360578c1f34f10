import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, defaultUrl } from './subgraphs.js';

/** Composes the committed subgraph schemas; throws with every composition error, in full. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map(({ name, defaultPort }) => ({
      name,
      url: defaultUrl(defaultPort),
      typeDefs: parse(readFileSync(new URL(`../../subgraphs/${name}/schema.graphql`, import.meta.url), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`La composición del supergrafo falló:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
