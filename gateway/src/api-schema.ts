import { Supergraph, printSchema } from '@apollo/federation-internals';
import { buildSchema, type GraphQLSchema } from 'graphql';

/**
 * The schema clients see through the gateway: the supergraph without its federation machinery
 * (`join__*`, `link__*`, `@inaccessible` elements). Schema checks compare these, since a change to the
 * join directives alone is no change for a client.
 *
 * The API schema is printed and built again with this module's own `graphql` rather than taken from
 * `toGraphQLJSSchema()`: federation-internals is CommonJS and builds its schema with graphql's CommonJS
 * entry, while ESM code under vitest gets graphql's `.mjs` entry, and graphql-js refuses a schema from
 * the other copy ("Cannot use GraphQLObjectType from another module or realm"). Both give the same schema.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildSchema(printSchema(Supergraph.build(supergraphSdl).apiSchema()));
}
