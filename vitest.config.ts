import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Vite would load graphql's ESM build while @graphql-tools, graphql-http and
  // graphql-query-complexity load its CommonJS build under Node: two graphql realms ("Cannot use
  // GraphQLObjectType from another module or realm"). One entry for all, as Node resolves it.
  resolve: { alias: [{ find: /^graphql$/u, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    // Neo4j Community has one user database: suites that share it must not run at once.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['default'],
  },
});
