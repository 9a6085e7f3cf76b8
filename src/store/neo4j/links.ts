import type { EdgeKey } from '../../domain/graph.js';
import { articleNodeId } from '../../domain/ids.js';
import type { QueryRunner } from './executor.js';
import { asString } from './records.js';

/**
 * Records the article's links as (:ArticleLink) nodes and materialises LINKS_TO wherever both
 * articles exist: its own links to stored articles, and links other articles made to it while
 * it was missing. Returns every LINKS_TO edge that now exists at the article.
 */
export async function linkArticle(runner: QueryRunner, slug: string, targets: readonly string[]): Promise<EdgeKey[]> {
  const rows = [...new Set(targets)]
    .filter((target) => target !== slug)
    .map((target) => ({ source: slug, target, sourceNode: articleNodeId(slug), targetNode: articleNodeId(target) }));
  if (rows.length > 0) await runner.run('article-links-write', { rows });
  const resolved = await runner.run('article-links-resolve', { slug });
  return resolved.map((row) => ({ subject: asString(row['subject']), predicate: 'LINKS_TO', object: asString(row['object']) }));
}
