import type { Db } from './database.js';
import { bumpDataVersion } from './meta.js';
import { sql, sqlValue } from './statements.js';

/** Precomputed results (related articles, pathways…) stored beside the graph they derive from. */
export function putComputed(db: Db, namespace: string, entries: ReadonlyMap<string, string>): void {
  db.transaction(() => {
    const write = sql(db, 
      'INSERT INTO computed (namespace, key, value) VALUES (?, ?, ?) ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value',
    );
    for (const [key, value] of entries) write.run(namespace, key, value);
    bumpDataVersion(db);
  }).immediate();
}

export function getComputed(db: Db, namespace: string, keys: readonly string[]): Map<string, string> {
  const select = sqlValue(db, 'SELECT value FROM computed WHERE namespace = ? AND key = ?');
  const result = new Map<string, string>();
  for (const key of keys) {
    const value = select.get(namespace, key) as string | undefined;
    if (value !== undefined) result.set(key, value);
  }
  return result;
}

/** Deletes the given keys, or the whole namespace when no keys are given. */
export function deleteComputed(db: Db, namespace: string, keys?: readonly string[]): void {
  db.transaction(() => {
    if (keys === undefined) sql(db, 'DELETE FROM computed WHERE namespace = ?').run(namespace);
    else {
      const remove = sql(db, 'DELETE FROM computed WHERE namespace = ? AND key = ?');
      for (const key of keys) remove.run(namespace, key);
    }
    bumpDataVersion(db);
  }).immediate();
}
