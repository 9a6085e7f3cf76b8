import type { GraphStore } from '../port.js';

export interface Neo4jStoreOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string;
  readonly clock?: () => Date;
}

/** Connects to Neo4j, applies cypher/schema.cypher idempotently and migrates forward. */
export async function openNeo4jStore(_options: Neo4jStoreOptions): Promise<GraphStore> {
  throw new Error('the Neo4j adapter is being written');
}
