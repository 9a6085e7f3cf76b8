import { type ArticleGraph, type ArticleRecord, type EdgeKey, articleGraphSchema, edgeKeyString } from '../../domain/graph.js';
import { computeConfidence } from '../../domain/confidence.js';
import { badInput } from '../../domain/errors.js';
import { articleNodeId } from '../../domain/ids.js';
import type { ReplaceSummary } from '../port.js';
import type { Db } from './database.js';
import { dedupeKeys, edgeExists, ensureEdge, insertEvidence, refreshEdges } from './edges.js';
import { linkArticle, unlinkArticle } from './links.js';
import { bumpDataVersion, setMeta } from './meta.js';
import { canonicalId, deleteNode, deleteOrphanEntities, upsertNode } from './nodes.js';
import { sql } from './statements.js';

/** Edges and nodes an article write can change, to count what was added and removed. */
interface Footprint {
  readonly edges: EdgeKey[];
  readonly nodes: Set<string>;
}

function existing(db: Db, footprint: Footprint): { edges: Set<string>; nodes: Set<string> } {
  const node = sql(db, 'SELECT 1 FROM nodes WHERE id = ?');
  return {
    edges: new Set(footprint.edges.filter((key) => edgeExists(db, key)).map(edgeKeyString)),
    nodes: new Set([...footprint.nodes].filter((id) => node.get(id) !== undefined)),
  };
}

function countChanges(before: Set<string>, after: Set<string>): { added: number; removed: number } {
  return {
    added: [...after].filter((id) => !before.has(id)).length,
    removed: [...before].filter((id) => !after.has(id)).length,
  };
}

/** Edges this article contributes now: its evidence and its outgoing links. */
function contributedEdges(db: Db, slug: string): EdgeKey[] {
  const fromEvidence = sql(db, 'SELECT DISTINCT subject, predicate, object FROM evidence WHERE article = ?')
    .all(slug) as EdgeKey[];
  const touching = sql(db, 'SELECT subject, predicate, object FROM edges WHERE subject = ? OR object = ?')
    .all(articleNodeId(slug), articleNodeId(slug)) as EdgeKey[];
  return [...fromEvidence, ...touching];
}

function footprintOf(keys: EdgeKey[], extraNodes: Iterable<string>): Footprint {
  const edges = dedupeKeys(keys);
  const nodes = new Set(extraNodes);
  for (const key of edges) nodes.add(key.subject).add(key.object);
  return { edges, nodes };
}

/** The graph with every id in its stored form: aliases followed, the article slug as its node id. */
function canonicalGraph(db: Db, graph: ArticleGraph): ArticleGraph {
  const slug = graph.article.id;
  // An article names each entity many times (nodes, both ends of its edges): look each up once.
  const canonical = new Map<string, string>();
  const mapId = (id: string): string => {
    if (id === slug) return articleNodeId(slug);
    let found = canonical.get(id);
    if (found === undefined) canonical.set(id, (found = canonicalId(db, id)));
    return found;
  };
  return {
    ...graph,
    nodes: graph.nodes.map((node) => ({ ...node, id: mapId(node.id) })),
    edges: graph.edges.map((edge) => ({ ...edge, subject: mapId(edge.subject), object: mapId(edge.object) })),
  };
}

function assertConsistent(db: Db, graph: ArticleGraph): void {
  const slug = graph.article.id;
  const known = new Set([articleNodeId(slug), ...graph.nodes.map((node) => node.id)]);
  const stored = sql(db, 'SELECT 1 FROM nodes WHERE id = ?');
  for (const edge of graph.edges) {
    for (const end of [edge.subject, edge.object]) {
      if (!known.has(end) && stored.get(end) === undefined) {
        throw badInput(`article ${slug}: edge ${edgeKeyString(edge)} names unknown node ${end}`);
      }
    }
    if (edge.evidence.some((evidence) => evidence.article !== slug)) {
      throw badInput(`article ${slug}: edge ${edgeKeyString(edge)} carries another article's evidence`);
    }
  }
}

function writeArticleRow(db: Db, article: ArticleRecord): void {
  sql(db, 
    `INSERT INTO articles (id, title, url, primary_entity, content_hash, record) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, url = excluded.url,
       primary_entity = excluded.primary_entity, content_hash = excluded.content_hash, record = excluded.record`,
  ).run(article.id, article.title, article.url ?? null, article.primaryEntity ?? null, article.contentHash, JSON.stringify(article));
  upsertNode(db, { id: articleNodeId(article.id), kind: 'Article', name: article.title, synonyms: [], xrefs: [], status: 'verified' });
}

/** Removes what the article contributed (evidence, outgoing links) but not yet its node. */
function removeContribution(db: Db, slug: string): void {
  sql(db, 'DELETE FROM evidence WHERE article = ?').run(slug);
  unlinkArticle(db, slug);
}

/** Replaces one article's whole contribution in one transaction (see GraphStore.replaceArticle). */
export function replaceArticle(db: Db, input: ArticleGraph, now: Date): ReplaceSummary {
  const parsed = articleGraphSchema.safeParse(input);
  if (!parsed.success) throw badInput(`invalid article graph: ${parsed.error.message}`);
  return db.transaction((): ReplaceSummary => {
    const graph = canonicalGraph(db, parsed.data);
    assertConsistent(db, graph);
    const slug = graph.article.id;
    const created = sql(db, 'SELECT 1 FROM articles WHERE id = ?').get(slug) === undefined;
    const footprint = footprintOf(
      [...contributedEdges(db, slug), ...graph.edges],
      [articleNodeId(slug), ...graph.nodes.map((node) => node.id)],
    );
    const before = existing(db, footprint);
    removeContribution(db, slug);
    writeArticleRow(db, graph.article);
    for (const node of graph.nodes) upsertNode(db, node);
    // A new edge stands on this article's evidence alone: its confidence is known without
    // reading anything back, so only edges that existed before are refreshed. (Most edges of
    // an article are new: they start at its own topic.)
    const settled = new Set<string>();
    for (const edge of graph.edges) {
      const key = edgeKeyString(edge);
      if (ensureEdge(db, edge, computeConfidence(edge.evidence)) && edge.evidence.length > 0) settled.add(key);
      else settled.delete(key);
      for (const evidence of edge.evidence) insertEvidence(db, edge, evidence);
    }
    const links = linkArticle(db, slug, graph.links);
    refreshEdges(db, [...footprint.edges.filter((key) => !settled.has(edgeKeyString(key))), ...links]);
    deleteOrphanEntities(db, footprint.nodes);
    const after = existing(db, footprintOf([...footprint.edges, ...links], footprint.nodes));
    bumpDataVersion(db);
    setMeta(db, 'last_ingest_at', now.toISOString());
    const nodes = countChanges(before.nodes, after.nodes);
    const edges = countChanges(before.edges, after.edges);
    return { article: slug, created, nodesAdded: nodes.added, nodesRemoved: nodes.removed, edgesAdded: edges.added, edgesRemoved: edges.removed };
  }).immediate();
}

/** Several articles in one transaction (each replaceArticle becomes a savepoint inside it). */
export function replaceArticles(db: Db, graphs: readonly ArticleGraph[], now: Date): ReplaceSummary[] {
  return db.transaction((): ReplaceSummary[] => graphs.map((graph) => replaceArticle(db, graph, now))).immediate();
}

/** Removes an article and everything only it contributed; false when unknown. */
export function deleteArticle(db: Db, slug: string, now: Date): boolean {
  return db.transaction((): boolean => {
    if (sql(db, 'SELECT 1 FROM articles WHERE id = ?').get(slug) === undefined) return false;
    const footprint = footprintOf(contributedEdges(db, slug), []);
    removeContribution(db, slug);
    const nodeId = articleNodeId(slug);
    sql(db, 'DELETE FROM edges WHERE subject = ? OR object = ?').run(nodeId, nodeId);
    sql(db, 'DELETE FROM articles WHERE id = ?').run(slug);
    deleteNode(db, nodeId);
    refreshEdges(db, footprint.edges);
    deleteOrphanEntities(db, footprint.nodes);
    bumpDataVersion(db);
    setMeta(db, 'last_ingest_at', now.toISOString());
    return true;
  }).immediate();
}
