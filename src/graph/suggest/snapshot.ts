import type { ArticleRecord, Evidence, GraphNode } from '../../domain/graph.js';
import { isClinicalPredicate, type Predicate } from '../../domain/predicates.js';
import type { ExportEdge, GraphStore } from '../../store/port.js';

const ARTICLE_PREFIX = 'medkg:article:';

/** Slug of an article node id, or null when the id is not an article's. */
export function slugOfArticleNode(id: string): string | null {
  return id.startsWith(ARTICLE_PREFIX) ? id.slice(ARTICLE_PREFIX.length) : null;
}

export interface SnapshotEdge {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly evidence: readonly Evidence[];
  readonly curated: boolean;
}

/**
 * The whole graph as plain values, in the shape the suggestion finders read: typed edges,
 * which article names which entity (and where first), which article is about which entity,
 * which article links which. Built from the port's export streams, so both stores yield the
 * same snapshot and the finders never touch a store.
 */
export interface GraphSnapshot {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Clinical edges (GENE_ASSOCIATED_WITH, TREATS…), in export (id) order. */
  readonly clinical: readonly SnapshotEdge[];
  /** Article slug → entity ids it names (MENTIONS and ABOUT). */
  readonly mentions: ReadonlyMap<string, ReadonlySet<string>>;
  /** `${slug}|${entity}` → the evidence of the article's MENTIONS/ABOUT edge (its first sentence). */
  readonly firstMention: ReadonlyMap<string, Evidence>;
  /** Entity id → slugs of the articles about it (ABOUT), sorted. */
  readonly articlesAbout: ReadonlyMap<string, readonly string[]>;
  /** Article slug → slugs it links to (LINKS_TO). */
  readonly links: ReadonlyMap<string, ReadonlySet<string>>;
  /** Stored articles (cleaned text and sections) by slug. */
  readonly articles: ReadonlyMap<string, ArticleRecord>;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Builds a snapshot from exported nodes, edges and articles (pure; tests feed it directly). */
export function buildSnapshot(nodes: Iterable<GraphNode>, edges: Iterable<ExportEdge>, articles: Iterable<ArticleRecord>): GraphSnapshot {
  const nodeMap = new Map<string, GraphNode>();
  for (const node of nodes) nodeMap.set(node.id, node);
  const clinical: SnapshotEdge[] = [];
  const mentions = new Map<string, Set<string>>();
  const firstMention = new Map<string, Evidence>();
  const about = new Map<string, Set<string>>();
  const links = new Map<string, Set<string>>();
  for (const edge of edges) {
    const slug = slugOfArticleNode(edge.subject);
    if (isClinicalPredicate(edge.predicate)) {
      clinical.push({ subject: edge.subject, predicate: edge.predicate, object: edge.object, evidence: edge.evidence, curated: edge.curated });
    } else if (slug !== null && (edge.predicate === 'MENTIONS' || edge.predicate === 'ABOUT')) {
      addTo(mentions, slug, edge.object);
      const first = edge.evidence.find((item) => item.article === slug) ?? edge.evidence[0];
      if (first) firstMention.set(`${slug}|${edge.object}`, first);
      if (edge.predicate === 'ABOUT') addTo(about, edge.object, slug);
    } else if (slug !== null && edge.predicate === 'LINKS_TO') {
      const target = slugOfArticleNode(edge.object);
      if (target !== null) addTo(links, slug, target);
    }
  }
  const articlesAbout = new Map([...about].map(([entity, slugs]) => [entity, [...slugs].sort()] as const));
  const articleMap = new Map<string, ArticleRecord>();
  for (const article of articles) articleMap.set(article.id, article);
  return { nodes: nodeMap, clinical, mentions, firstMention, articlesAbout, links, articles: articleMap };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}

/** Reads the snapshot through the port: export streams plus the stored articles, in batches. */
export async function loadSnapshot(store: GraphStore): Promise<GraphSnapshot> {
  const [nodes, edges, hashes] = await Promise.all([collect(store.exportNodes()), collect(store.exportEdges()), store.articleHashes()]);
  const slugs = [...hashes.keys()].sort();
  const articles: ArticleRecord[] = [];
  for (let index = 0; index < slugs.length; index += 200) {
    const batch = await store.getArticles(slugs.slice(index, index + 200));
    for (const article of batch) if (article) articles.push(article);
  }
  return buildSnapshot(nodes, edges, articles);
}
