import { createRequire } from 'node:module';

/**
 * The copy of graphql-js that Apollo Server, @apollo/gateway and @apollo/subgraph use: its CommonJS
 * entry. Node gives ES modules the same entry (graphql has no `exports` map), but under vitest, Vite
 * gives our sources the `.mjs` one, and graphql-js refuses a schema or type from the other copy
 * ("Cannot use GraphQLNonNull from another module or realm"), and Apollo's `instanceof GraphQLError`
 * checks fail. Code that inspects Apollo's schemas or throws into Apollo's pipeline takes graphql-js
 * from here, so it behaves the same in tests and in production.
 */
export const runtimeGraphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
