import type { ArticleRecord } from '../../domain/graph.js';
import { articleNodeId } from '../../domain/ids.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { ArticleEntity, ArticleSummary, Connection, PageRequest } from '../port.js';
import { articleCursorSchema, assertPageSize, decodeCursor, encodeCursor } from '../cursor.js';
import type { QueryRunner } from './executor.js';
import { resolveIds } from './nodes.js';
import { asMap, asNumber, asString, asStrings, compareText, toArticleRecord } from './records.js';

export async function getArticles(runner: QueryRunner, slugs: readonly string[]): Promise<(ArticleRecord | null)[]> {
  const rows = await runner.run('articles-by-id', { ids: slugs.map(articleNodeId) });
  const byId = new Map<string, ArticleRecord>();
  for (const row of rows) {
    const properties = asMap(row['article']);
    if (properties) byId.set(asString(row['id']), toArticleRecord(properties));
  }
  return slugs.map((slug) => byId.get(articleNodeId(slug)) ?? null);
}

export async function articleHashes(runner: QueryRunner): Promise<Map<string, string>> {
  const rows = await runner.run('article-hashes');
  return new Map(rows.map((row) => [asString(row['slug']), asString(row['contentHash'])]));
}

/** Articles ordered by id (slug), one keyset page at a time. */
export async function listArticles(runner: QueryRunner, page: PageRequest): Promise<Connection<ArticleSummary>> {
  assertPageSize(page.first);
  const after = page.after === undefined ? null : decodeCursor(page.after, articleCursorSchema);
  const [count] = await runner.run('articles-count');
  const rows = await runner.run('articles-page', { after: after ? articleNodeId(after.id) : '', limit: page.first + 1 });
  const items: ArticleSummary[] = rows.slice(0, page.first).map((row) => ({
    id: asString(row['slug']),
    title: asString(row['title']),
    contentHash: asString(row['contentHash']),
    ...(typeof row['url'] === 'string' ? { url: row['url'] } : {}),
    ...(typeof row['primaryEntity'] === 'string' ? { primaryEntity: row['primaryEntity'] } : {}),
  }));
  return {
    items,
    cursors: items.map((item) => encodeCursor({ k: 'article', id: item.id })),
    hasNextPage: rows.length > page.first,
    totalCount: asNumber(count?.['total']),
  };
}

/** Entities each article names (MENTIONS and ABOUT), ordered by entity id then predicate. */
export async function articleEntities(runner: QueryRunner, slugs: readonly string[]): Promise<Map<string, ArticleEntity[]>> {
  const rows = await runner.run('article-entities', { ids: [...new Set(slugs)].map(articleNodeId) });
  const byNode = new Map<string, ArticleEntity[]>();
  for (const row of rows) {
    const id = asString(row['id']);
    const entity: ArticleEntity = {
      entity: asString(row['entity']),
      kind: asString(row['kind']) as EntityKind,
      predicate: asString(row['predicate']) as 'MENTIONS' | 'ABOUT',
    };
    byNode.set(id, [...(byNode.get(id) ?? []), entity]);
  }
  const compare = (a: ArticleEntity, b: ArticleEntity): number => compareText(a.entity, b.entity) || compareText(a.predicate, b.predicate);
  return new Map(slugs.map((slug) => [slug, (byNode.get(articleNodeId(slug)) ?? []).sort(compare)]));
}

/** Articles naming each entity (aliases followed), sorted by slug. */
export async function articlesMentioning(runner: QueryRunner, entityIds: readonly string[]): Promise<Map<string, string[]>> {
  const resolved = await resolveIds(runner, entityIds);
  const rows = await runner.run('articles-mentioning', { ids: [...new Set(resolved.values())] });
  const slugs = new Map(rows.map((row) => [asString(row['id']), asStrings(row['slugs']).sort(compareText)]));
  return new Map(entityIds.map((id) => {
    const current = resolved.get(id);
    return [id, current === undefined ? [] : [...(slugs.get(current) ?? [])]];
  }));
}

export async function entityDocumentFrequency(runner: QueryRunner, entityIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [id, slugs] of await articlesMentioning(runner, entityIds)) counts.set(id, slugs.length);
  return counts;
}
