import type { ArticleRecord } from '../../domain/graph.js';
import { articleNodeId } from '../../domain/ids.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { ArticleEntity, ArticleSummary, Connection, PageRequest } from '../port.js';
import { articleCursorSchema, assertPageSize, decodeCursor, encodeCursor } from '../cursor.js';
import type { Db } from './database.js';
import { resolveIds } from './nodes.js';
import { sql, sqlValue } from './statements.js';

export function getArticles(db: Db, ids: readonly string[]): (ArticleRecord | null)[] {
  const select = sqlValue(db, 'SELECT record FROM articles WHERE id = ?');
  return ids.map((id) => {
    const record = select.get(id) as string | undefined;
    return record === undefined ? null : (JSON.parse(record) as ArticleRecord);
  });
}

export function articleHashes(db: Db): Map<string, string> {
  const rows = sql(db, 'SELECT id, content_hash FROM articles ORDER BY id').all() as { id: string; content_hash: string }[];
  return new Map(rows.map((row) => [row.id, row.content_hash]));
}

interface SummaryRow {
  id: string;
  title: string;
  url: string | null;
  primary_entity: string | null;
  content_hash: string;
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    contentHash: row.content_hash,
    ...(row.url === null ? {} : { url: row.url }),
    ...(row.primary_entity === null ? {} : { primaryEntity: row.primary_entity }),
  };
}

/** Articles ordered by id, one keyset page at a time. */
export function listArticles(db: Db, page: PageRequest): Connection<ArticleSummary> {
  assertPageSize(page.first);
  const after = page.after === undefined ? null : decodeCursor(page.after, articleCursorSchema);
  const totalCount = sqlValue(db, 'SELECT count(*) FROM articles').get() as number;
  const rows = sql(db, 
      `SELECT id, title, url, primary_entity, content_hash FROM articles WHERE id > ? ORDER BY id LIMIT ?`,
    )
    .all(after?.id ?? '', page.first + 1) as SummaryRow[];
  const items = rows.slice(0, page.first);
  return {
    items: items.map(toSummary),
    cursors: items.map((row) => encodeCursor({ k: 'article', id: row.id })),
    hasNextPage: rows.length > page.first,
    totalCount,
  };
}

/** Entities each article names (MENTIONS and ABOUT), ordered by entity id then predicate. */
export function articleEntities(db: Db, slugs: readonly string[]): Map<string, ArticleEntity[]> {
  const select = sql(db, 
    `SELECT e.object AS entity, n.kind, e.predicate FROM edges e JOIN nodes n ON n.id = e.object
      WHERE e.subject = ? AND e.predicate IN ('MENTIONS', 'ABOUT') AND e.retracted = 0 ORDER BY e.object, e.predicate`,
  );
  const result = new Map<string, ArticleEntity[]>();
  for (const slug of slugs) {
    const rows = select.all(articleNodeId(slug)) as { entity: string; kind: EntityKind; predicate: 'MENTIONS' | 'ABOUT' }[];
    result.set(slug, rows.map((row) => ({ entity: row.entity, kind: row.kind, predicate: row.predicate })));
  }
  return result;
}

const ARTICLES_NAMING = `SELECT DISTINCT substr(e.subject, :from) AS slug FROM edges e
  WHERE e.object = :id AND e.predicate IN ('MENTIONS', 'ABOUT') AND e.retracted = 0 ORDER BY slug`;

/** Articles naming each entity (aliases followed), sorted by slug. */
export function articlesMentioning(db: Db, entityIds: readonly string[]): Map<string, string[]> {
  const resolved = resolveIds(db, entityIds);
  const select = sqlValue(db, ARTICLES_NAMING);
  const result = new Map<string, string[]>();
  for (const id of entityIds) {
    const current = resolved.get(id);
    result.set(id, current === undefined ? [] : (select.all({ id: current, from: articleNodeId('').length + 1 }) as string[]));
  }
  return result;
}

export function entityDocumentFrequency(db: Db, entityIds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [id, slugs] of articlesMentioning(db, entityIds)) counts.set(id, slugs.length);
  return counts;
}
