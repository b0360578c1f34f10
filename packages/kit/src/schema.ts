import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';

type SchemaModule = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>;

/**
 * Builds a subgraph from its schema file and its generated-type resolvers. The generated
 * `Resolvers` type is stricter than @apollo/subgraph's untyped resolver map, hence the one cast.
 */
export function buildSchemaFromFile(schemaFile: URL, resolvers: object): GraphQLSchema {
  const typeDefs = parse(readFileSync(schemaFile, 'utf8'));
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as SchemaModule['resolvers'] });
}
