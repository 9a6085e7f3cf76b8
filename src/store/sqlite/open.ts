import type { GraphStore } from '../port.js';

export interface SqliteStoreOptions {
  /** Folder that holds medkg.sqlite (created when missing). */
  readonly dataDir: string;
  readonly clock?: () => Date;
}

/** Opens (creating and migrating forward) the embedded store. */
export async function openSqliteStore(_options: SqliteStoreOptions): Promise<GraphStore> {
  throw new Error('the SQLite adapter is being written');
}
