import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse, visit, type GraphQLSchema } from 'graphql';
import type { SubgraphModule } from './subgraph-module.js';

const FEDERATION = 'https://specs.apollo.dev/federation/v2.9';
const DIRECTIVES = ['@key', '@shareable', '@external', '@requires', '@inaccessible', '@provides', '@override', '@interfaceObject'];

/** The federation directives a subgraph's SDL uses, so its @link imports exactly those. */
export function usedDirectives(sdl: string): string[] {
  const used = new Set<string>();
  visit(parse(sdl), { Directive: (node) => void used.add(`@${node.name.value}`) });
  return DIRECTIVES.filter((directive) => used.has(directive));
}

/** The one `extend schema @link(...)` of a subgraph, importing only what its modules use. */
export function federationLink(modules: readonly SubgraphModule[]): string {
  const imports = usedDirectives(modules.map((module) => module.typeDefs).join('\n'));
  return `extend schema @link(url: "${FEDERATION}", import: [${imports.map((name) => JSON.stringify(name)).join(', ')}])\n`;
}

/**
 * Builds a subgraph from its modules (the kit's and its own). Module resolvers are typed by each
 * module against its mappers; @apollo/subgraph's map is untyped, hence the one cast.
 */
export function buildSchema(modules: readonly SubgraphModule[]): GraphQLSchema {
  return buildSubgraphSchema([
    { typeDefs: parse(federationLink(modules)) },
    ...modules.map((module) => ({ typeDefs: parse(module.typeDefs), resolvers: module.resolvers as GraphQLResolverMap<unknown> })),
  ]);
}
