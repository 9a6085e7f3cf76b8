// One factory per GraphStore adapter, so the contract suite (test/contract) and other suites
// (API, graph services) run the same tests against every store. SQLite needs nothing; Neo4j
// uses the server that test/support/global-setup.ts provides through vitest's inject('neo4j').
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { z } from 'zod';
import { openNeo4jStore } from '../../src/store/neo4j/open.js';
import type { GraphStore } from '../../src/store/port.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { neo4jRequired } from './neo4j.js';

export type StoreName = 'sqlite' | 'neo4j';

export interface OpenStoreOptions {
  readonly clock?: () => Date;
}

export interface StoreFactory {
  readonly name: StoreName;
  /** False when this adapter cannot run here (no Neo4j and REQUIRE_NEO4J unset): skip its tests. */
  readonly available: boolean;
  /** Opens the adapter on the current (reset) data; may be called again to reopen the same data. */
  open(options?: OpenStoreOptions): Promise<GraphStore>;
  /** Empties the data: the next open() starts from a fresh store. Close opened stores first. */
  reset(): Promise<void>;
  /** Frees what reset() created (temp folders, driver connections). */
  dispose(): Promise<void>;
}

const neo4jConnectionSchema = z.object({ uri: z.string(), user: z.string(), password: z.string() });
export type Neo4jConnection = z.infer<typeof neo4jConnectionSchema>;

/** The Neo4j server global-setup started or found, or null when there is none. */
export function neo4jConnection(): Neo4jConnection | null {
  const provided: unknown = inject('neo4j');
  if (provided === null || provided === undefined) return null;
  return neo4jConnectionSchema.parse(provided);
}

/** SQLite in a fresh temp folder after every reset(). */
export function sqliteStoreFactory(): StoreFactory {
  let dataDir: string | null = null;
  const dispose = async (): Promise<void> => {
    if (dataDir !== null) await rm(dataDir, { recursive: true, force: true });
    dataDir = null;
  };
  return {
    name: 'sqlite',
    available: true,
    async open(options = {}) {
      dataDir ??= await mkdtemp(join(tmpdir(), 'medkg-contract-'));
      return openSqliteStore({ dataDir, ...(options.clock ? { clock: options.clock } : {}) });
    },
    async reset() {
      await dispose();
      dataDir = await mkdtemp(join(tmpdir(), 'medkg-contract-'));
    },
    dispose,
  };
}

function requireNeo4j(): Neo4jConnection {
  const connection = neo4jConnection();
  if (!connection) throw new Error('REQUIRE_NEO4J is set but test/support/global-setup.ts provided no Neo4j server');
  return connection;
}

/** Deletes everything in the single Neo4j database, in batches so large graphs do not exhaust memory. */
async function emptyNeo4j(connection: Neo4jConnection): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  try {
    const session = driver.session();
    try {
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** Neo4j on the shared test server, emptied by reset(). */
export function neo4jStoreFactory(): StoreFactory {
  const available = neo4jConnection() !== null || neo4jRequired();
  return {
    name: 'neo4j',
    available,
    async open(options = {}) {
      return openNeo4jStore({ ...requireNeo4j(), ...(options.clock ? { clock: options.clock } : {}) });
    },
    async reset() {
      await emptyNeo4j(requireNeo4j());
    },
    async dispose() {},
  };
}

/** Every adapter, SQLite first. */
export function storeFactories(): StoreFactory[] {
  return [sqliteStoreFactory(), neo4jStoreFactory()];
}
