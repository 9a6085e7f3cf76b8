import type { EdgeKey } from '../../domain/graph.js';
import { articleNodeId } from '../../domain/ids.js';
import type { Db } from './database.js';
import { ensureEdge } from './edges.js';
import { sql, sqlValue } from './statements.js';

function linkKey(source: string, target: string): EdgeKey {
  return { subject: articleNodeId(source), predicate: 'LINKS_TO', object: articleNodeId(target) };
}

/**
 * Records the article's links and materialises LINKS_TO edges wherever both articles exist:
 * its own links to stored articles, and links other articles made to it while it was missing.
 * Returns every LINKS_TO edge that now exists at the article.
 */
export function linkArticle(db: Db, slug: string, targets: readonly string[]): EdgeKey[] {
  const insert = sql(db, 'INSERT OR IGNORE INTO article_links (source, target) VALUES (?, ?)');
  for (const target of targets) if (target !== slug) insert.run(slug, target);
  const outgoing = sqlValue(db, 'SELECT l.target FROM article_links l JOIN articles a ON a.id = l.target WHERE l.source = ?')
    .all(slug) as string[];
  const incoming = sqlValue(db, 'SELECT source FROM article_links WHERE target = ?').all(slug) as string[];
  const keys = [...outgoing.map((target) => linkKey(slug, target)), ...incoming.map((source) => linkKey(source, slug))];
  for (const key of keys) ensureEdge(db, key);
  return keys;
}

/** Forgets the article's own links; links other articles make to it stay pending. */
export function unlinkArticle(db: Db, slug: string): void {
  sql(db, 'DELETE FROM article_links WHERE source = ?').run(slug);
  sql(db, "DELETE FROM edges WHERE subject = ? AND predicate = 'LINKS_TO'").run(articleNodeId(slug));
}
