import type { GraphStore } from '../port.js';
import { migrate, openDatabase } from './database.js';
import { SqliteGraphStore } from './store.js';

export interface SqliteStoreOptions {
  /** Folder that holds medkg.sqlite (created when missing). */
  readonly dataDir: string;
  readonly clock?: () => Date;
}

/**
 * Opens (creating and migrating forward) the embedded store. Throws STORE_TOO_NEW for a store
 * written by a newer medkg, STORE_UNAVAILABLE when the file cannot be opened.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<GraphStore> {
  const db = openDatabase(options.dataDir);
  try {
    const version = migrate(db);
    return new SqliteGraphStore(db, options.dataDir, version, options.clock ?? (() => new Date()));
  } catch (error) {
    db.close();
    throw error;
  }
}
