import DataLoader from 'dataloader';
import type { ArticleRecord, EdgeKey, Evidence, GraphNode } from '../domain/graph.js';
import { edgeKeyString } from '../domain/graph.js';
import type { EdgeSummary, GraphStore } from '../store/port.js';

/** The per-request batches: one store call per kind of lookup per tick, never one per field. */
export interface Loaders {
  readonly nodes: DataLoader<string, GraphNode | null>;
  readonly articles: DataLoader<string, ArticleRecord | null>;
  readonly evidence: DataLoader<EdgeKey, Evidence[], string>;
  readonly edges: DataLoader<EdgeKey, EdgeSummary | null, string>;
  /** entity id → slugs of the articles naming it, sorted. */
  readonly articlesNaming: DataLoader<string, string[]>;
}

/** Creates a fresh loader set: call once per request, so no answer leaks across requests. */
export function createLoaders(store: GraphStore): Loaders {
  return {
    nodes: new DataLoader((ids) => store.getNodes(ids)),
    articles: new DataLoader((ids) => store.getArticles(ids)),
    evidence: new DataLoader((keys) => store.edgeEvidence(keys), { cacheKeyFn: edgeKeyString }),
    edges: new DataLoader((keys) => store.getEdges(keys), { cacheKeyFn: edgeKeyString }),
    articlesNaming: new DataLoader(async (ids) => {
      const found = await store.articlesMentioning(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
