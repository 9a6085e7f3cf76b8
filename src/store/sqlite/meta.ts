import type { Db } from './database.js';
import { sql } from './statements.js';

/** Small counters and timestamps kept in the meta table. */
export function getMeta(db: Db, key: string): string | null {
  const row = sql(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  sql(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
}

/** Bumps the data version; called inside every write transaction so readers never see a stale version. */
export function bumpDataVersion(db: Db): void {
  const current = Number(getMeta(db, 'data_version') ?? '0');
  setMeta(db, 'data_version', String(current + 1));
}

export function dataVersion(db: Db): string {
  return getMeta(db, 'data_version') ?? '0';
}
