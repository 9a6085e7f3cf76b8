import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/**
 * Prepared statements cached per connection: preparing costs more than running most of our
 * queries. Row statements and single-value (plucked) statements are cached apart, since
 * plucking changes a statement for every later user.
 */
const caches = new WeakMap<Db, Map<string, Statement>>();

function cached(db: Db, key: string, prepare: () => Statement): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(key);
  if (!statement) {
    statement = prepare();
    cache.set(key, statement);
  }
  return statement;
}

/** A cached statement returning rows as objects. */
export function sql(db: Db, text: string): Statement {
  return cached(db, `rows\u0000${text}`, () => db.prepare(text));
}

/** A cached statement returning the first column's value of each row. */
export function sqlValue(db: Db, text: string): Statement {
  return cached(db, `value\u0000${text}`, () => db.prepare(text).pluck());
}
