import { readFileSync } from 'node:fs';
import { composeServices, type CompositionResult } from '@apollo/composition';
import { GraphQLError, parse } from 'graphql';
import { SUBGRAPHS, defaultSubgraphUrl } from '../../graph.config.js';

/**
 * The printed SDL of one subgraph (the kit's modules filled for it plus its own schema.graphql, written
 * by `npm run compose` and stale-checked by the tests). This is the only place that knows where a
 * subgraph's SDL comes from: composition, the committed supergraph and the schema check all ask here.
 */
export function subgraphTypeDefs(name: string): string {
  return readFileSync(new URL(`../../subgraphs/${name}/src/generated/schema.graphql`, import.meta.url), 'utf8');
}

/** The registry's subgraphs that the supergraph joins, each at the address the gateway uses by default. */
export function supergraphSubgraphs(): Array<{ name: string; url: string }> {
  return SUBGRAPHS.map((entry) => ({ name: entry.name, url: defaultSubgraphUrl(entry) }));
}

/**
 * Composes the registry's subgraphs, taking each one's SDL from `typeDefsOf`. The schema check passes a
 * function that swaps in a team's candidate SDL; everything else uses the working tree's. An SDL that does
 * not even parse is reported like any other composition error, naming its subgraph, instead of thrown.
 */
export function composeSubgraphs(typeDefsOf: (name: string) => string = subgraphTypeDefs): CompositionResult {
  const services = [];
  for (const { name, url } of supergraphSubgraphs()) {
    try {
      services.push({ name, url, typeDefs: parse(typeDefsOf(name)) });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return { errors: [new GraphQLError(`[${name}] ${error.message}`, { extensions: { code: 'INVALID_GRAPHQL' } })] };
    }
  }
  return composeServices(services);
}

/** Composes the working tree's subgraph schemas; throws with every composition error, in full. */
export function composeSupergraph(): string {
  const result = composeSubgraphs();
  if (result.errors) {
    throw new Error(`La composición del supergrafo falló:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
