import type { GraphStore } from '../port.js';
import { DEFAULT_CYPHER_DIR, loadCypherRegistry } from './cypher-registry.js';
import { createExecutor } from './executor.js';
import { migrate } from './migrate.js';
import { Neo4jGraphStore } from './store.js';

export interface Neo4jStoreOptions {
  /** Any driver URI: neo4j:// (routing, a cluster) or bolt:// (one server), +s for TLS. */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string;
  readonly clock?: () => Date;
  /** How long transient errors are retried before STORE_UNAVAILABLE (driver default 15 s here). */
  readonly maxTransactionRetryTimeMs?: number;
  /** Folder of the .cypher files (the repository's cypher/ by default). */
  readonly cypherDir?: string;
}

/**
 * Connects to Neo4j, applies cypher/schema.cypher idempotently and migrates forward. Throws
 * STORE_UNAVAILABLE when no server answers and STORE_TOO_NEW for a store written by newer code.
 */
export async function openNeo4jStore(options: Neo4jStoreOptions): Promise<GraphStore> {
  const cypher = await loadCypherRegistry(options.cypherDir ?? DEFAULT_CYPHER_DIR);
  const executor = createExecutor(
    {
      uri: options.uri,
      user: options.user,
      password: options.password,
      database: options.database,
      maxTransactionRetryTimeMs: options.maxTransactionRetryTimeMs,
    },
    cypher,
  );
  try {
    await executor.verify();
    const version = await migrate(executor);
    return new Neo4jGraphStore(executor, version, options.clock ?? (() => new Date()));
  } catch (error) {
    await executor.close();
    throw error;
  }
}
