import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/**
 * Prepared statements cached per connection: preparing costs more than running most of our
 * queries. Row statements and single-value (plucked) statements are cached apart, since
 * plucking changes a statement for every later user.
 */
const rowStatements = new WeakMap<Db, Map<string, Statement>>();
const valueStatements = new WeakMap<Db, Map<string, Statement>>();

// Keyed by the SQL text itself, never a string built per call: a literal's hash is computed
// once, so a lookup costs a pointer compare, where a concatenated key would be rebuilt and
// rehashed on every one of the thousands of calls an ingest makes per second.
function cached(caches: WeakMap<Db, Map<string, Statement>>, db: Db, text: string, prepare: () => Statement): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = prepare();
    cache.set(text, statement);
  }
  return statement;
}

/** A cached statement returning rows as objects. */
export function sql(db: Db, text: string): Statement {
  return cached(rowStatements, db, text, () => db.prepare(text));
}

/** A cached statement returning the first column's value of each row. */
export function sqlValue(db: Db, text: string): Statement {
  return cached(valueStatements, db, text, () => db.prepare(text).pluck());
}
