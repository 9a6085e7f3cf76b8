import type { Config } from './config.js';
import { openNeo4jStore } from './store/neo4j/open.js';
import type { GraphStore } from './store/port.js';
import { openSqliteStore } from './store/sqlite/open.js';

export interface AppOptions {
  /** Injected clock, so tests and rebuilds are deterministic. */
  readonly clock?: () => Date;
}

/**
 * Picks the store adapter from the configuration: Neo4j when NEO4J_URI is set, else the
 * embedded SQLite store in the data directory. Only this module and src/cli choose adapters.
 */
export async function openStore(config: Config, options: AppOptions = {}): Promise<GraphStore> {
  const clock = options.clock ?? (() => new Date());
  if (config.neo4j) {
    return openNeo4jStore({ ...config.neo4j, clock });
  }
  return openSqliteStore({ dataDir: config.dataDir, clock });
}
