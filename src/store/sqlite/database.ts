import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MedkgError } from '../../domain/errors.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/migrations.js';

export type Db = Database.Database;

const DATABASE_FILE = 'medkg.sqlite';

/** Opens (creating the folder and file) the store's database with the settings every connection needs. */
export function openDatabase(dataDir: string, options: { readonly readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    if (!options.readonly) mkdirSync(dataDir, { recursive: true });
    db = new Database(join(dataDir, DATABASE_FILE), { readonly: options.readonly ?? false });
  } catch (cause) {
    throw new MedkgError('STORE_UNAVAILABLE', `cannot open the embedded store in ${dataDir}`, { cause });
  }
  // Another process (a CLI ingest next to a server) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    // WAL: readers never block the writer, and a killed process loses only uncommitted work.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    db.pragma('wal_autocheckpoint = 16384');
  }
  db.pragma('foreign_keys = ON');
  return db;
}

/** Version recorded in the store, 0 for a fresh file. */
function readSchemaVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as { version: number | null };
  return row.version ?? 0;
}

/**
 * Applies every migration newer than the store, each in its own transaction, and refuses a
 * store written by newer code (its schema may mean things this code does not know).
 */
export function migrate(db: Db): number {
  const current = readSchemaVersion(db);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new MedkgError(
      'STORE_TOO_NEW',
      `the embedded store has schema version ${current}, newer than this medkg (${LATEST_SCHEMA_VERSION}); upgrade medkg`,
      { details: { storeVersion: current, codeVersion: LATEST_SCHEMA_VERSION } },
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(migration.version);
    })();
  }
  return Math.max(current, LATEST_SCHEMA_VERSION);
}
