import type { GraphStore } from '../../src/store/port.js';

/** Ids and texts the query benchmarks rotate over, read from the ingested store. */
export interface QueryTargets {
  /** Article slugs (relatedArticles). */
  readonly articles: readonly string[];
  /** Topic entities of those articles (neighbours, paths). */
  readonly entities: readonly string[];
  /** Search texts: names and name prefixes of stored entities. */
  readonly searchTexts: readonly string[];
  /** (from, to) pairs of topics of different articles, for paths. */
  readonly pathPairs: readonly (readonly [string, string])[];
}

/**
 * Reads up to `limit` articles (in id order) and derives the targets from them. Rotating over
 * many distinct targets keeps a run from measuring one cached answer over and over.
 */
export async function readQueryTargets(store: GraphStore, limit: number): Promise<QueryTargets> {
  const articles: string[] = [];
  const entities: string[] = [];
  let after: string | undefined;
  while (articles.length < limit) {
    const page = await store.listArticles({ first: Math.min(500, limit - articles.length), ...(after ? { after } : {}) });
    for (const item of page.items) {
      articles.push(item.id);
      if (item.primaryEntity) entities.push(item.primaryEntity);
    }
    if (!page.hasNextPage || page.items.length === 0) break;
    after = page.cursors[page.cursors.length - 1];
  }
  const nodes = (await store.getNodes(entities.slice(0, 200))).filter((node) => node !== null);
  const searchTexts = nodes.flatMap((node) => [node.name, node.name.slice(0, Math.max(3, Math.floor(node.name.length / 2)))]);
  const pathPairs = entities.map((from, index) => [from, entities[(index * 7 + 3) % entities.length] ?? from] as const).filter(([a, b]) => a !== b);
  return { articles, entities, searchTexts, pathPairs };
}
