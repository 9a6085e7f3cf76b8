// What test/support/global-setup.ts hands to every suite through vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared Neo4j server, or null when none could be had (and REQUIRE_NEO4J is not 1). */
    neo4j: { uri: string; user: string; password: string } | null;
  }
}

// Marks this file as a module so that the block above augments vitest instead of replacing it.
export {};
