import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Each file starts real servers; two workers match the two cores this project is sized for.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vite resolves our sources' `graphql` to its ES module entry, Node resolves a package's to the CommonJS
    // one, and graphql-js refuses a schema built by the other copy. The schema check's diff passes its
    // schemas to @graphql-inspector/core, so it is loaded through Vite too, with the same copy.
    server: { deps: { inline: ['@graphql-inspector/core'] } },
  },
});
