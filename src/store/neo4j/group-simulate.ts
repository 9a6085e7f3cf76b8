import { edgeKeyString } from '../../domain/graph.js';
import type { ArticleGraph, EdgeKey, Evidence, GraphNode } from '../../domain/graph.js';
import { badInput } from '../../domain/errors.js';
import { articleNodeId } from '../../domain/ids.js';
import { mergeNode, sameNode } from '../../domain/node-merge.js';
import type { ReplaceSummary } from '../port.js';
import { dedupeKeys, isUnsupported } from './edges.js';
import { linkEdge, linkRows } from './group-read.js';
import type { EdgeState, GroupState } from './group-state.js';

/** An article's evidence on one edge, each (article, start) once: the first of repeats is kept. */
export interface EdgeEvidence {
  readonly key: EdgeKey;
  readonly rows: Evidence[];
}

export function articleEvidence(graph: ArticleGraph): EdgeEvidence[] {
  const byEdge = new Map<string, EdgeEvidence>();
  const seen = new Set<string>();
  for (const edge of graph.edges) {
    const edgeKey = edgeKeyString(edge);
    for (const evidence of edge.evidence) {
      const key = `${edgeKey}|${evidence.article}|${evidence.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let entry = byEdge.get(edgeKey);
      if (!entry) byEdge.set(edgeKey, (entry = { key: { subject: edge.subject, predicate: edge.predicate, object: edge.object }, rows: [] }));
      entry.rows.push(evidence);
    }
  }
  return [...byEdge.values()];
}

/** Edges and nodes an article write can change, to count what was added and removed. */
interface Footprint {
  readonly edges: EdgeKey[];
  readonly nodes: Set<string>;
}

function footprintOf(keys: readonly EdgeKey[], extraNodes: Iterable<string>): Footprint {
  const edges = dedupeKeys(keys);
  const nodes = new Set(extraNodes);
  for (const key of edges) nodes.add(key.subject).add(key.object);
  return { edges, nodes };
}

function existing(state: GroupState, footprint: Footprint): { edges: Set<string>; nodes: Set<string> } {
  return {
    edges: new Set(footprint.edges.filter((key) => state.edge(key).exists).map(edgeKeyString)),
    nodes: new Set([...footprint.nodes].filter((id) => state.node(id).exists)),
  };
}

function countChanges(before: Set<string>, after: Set<string>): { added: number; removed: number } {
  return {
    added: [...after].filter((id) => !before.has(id)).length,
    removed: [...before].filter((id) => !after.has(id)).length,
  };
}

function assertConsistent(state: GroupState, graph: ArticleGraph): void {
  const slug = graph.article.id;
  const known = new Set([articleNodeId(slug), ...graph.nodes.map((node) => node.id)]);
  for (const edge of graph.edges) {
    for (const end of [edge.subject, edge.object]) {
      if (!known.has(end) && !state.node(end).exists) throw badInput(`article ${slug}: edge ${edgeKeyString(edge)} names unknown node ${end}`);
    }
    if (edge.evidence.some((evidence) => evidence.article !== slug)) {
      throw badInput(`article ${slug}: edge ${edgeKeyString(edge)} carries another article's evidence`);
    }
  }
}

/** Merges the node into the current one as upsertNodes does; marks it for writing when it changes. */
function upsertNode(state: GroupState, incoming: GraphNode): void {
  const current = state.node(incoming.id);
  const before = current.exists ? current.node : undefined;
  const merged = mergeNode(before, incoming);
  if (before && sameNode(before, merged)) return;
  current.exists = true;
  current.node = merged;
  current.article = merged.kind === 'Article';
  current.written = true;
}

function evidenceCount(edge: EdgeState): number {
  let count = edge.others.count;
  for (const weights of edge.group.values()) count += weights.length;
  return count;
}

/** Its evidence, links and outgoing LINKS_TO go; its node stays. */
function removeContribution(state: GroupState, slug: string): void {
  const nodeId = articleNodeId(slug);
  for (const key of state.evidenceEdgesOf(slug)) state.edge(key).group.delete(slug);
  state.removeLinksFrom(slug);
  for (const key of state.edgesAt(nodeId)) if (key.predicate === 'LINKS_TO' && key.subject === nodeId) state.deleteEdge(key);
}

/** Records the article's links and materialises LINKS_TO wherever both articles exist. */
function linkArticle(state: GroupState, slug: string, targets: readonly string[]): EdgeKey[] {
  for (const link of linkRows(slug, targets)) state.addLink(link);
  const isArticle = (id: string): boolean => state.node(id).exists && state.node(id).article;
  const resolved = state.linksOf(slug).filter((link) => isArticle(link.sourceNode) && isArticle(link.targetNode)).map(linkEdge);
  for (const key of resolved) state.createEdge(key);
  return resolved;
}

function refreshEdges(state: GroupState, keys: readonly EdgeKey[]): void {
  for (const key of dedupeKeys(keys)) {
    const edge = state.edge(key);
    if (!edge.exists) continue;
    if (isUnsupported(key, evidenceCount(edge), edge.curated, edge.retracted)) state.deleteEdge(key);
    else edge.refreshed = true;
  }
}

function deleteOrphanEntities(state: GroupState, ids: Iterable<string>): void {
  for (const id of ids) {
    const node = state.node(id);
    if (!node.exists || node.article || node.degree !== 0) continue;
    node.exists = false;
    node.node = undefined;
    node.written = false;
  }
}

/**
 * One article's replaceArticle, step for step, on the group's in-memory state (graph in stored
 * ids): the same checks, the same changes and the same summary as writing it alone right after
 * the group's earlier articles.
 */
export function stepArticle(state: GroupState, graph: ArticleGraph, evidence: readonly EdgeEvidence[]): ReplaceSummary {
  assertConsistent(state, graph);
  const slug = graph.article.id;
  const nodeId = articleNodeId(slug);
  const created = !state.node(nodeId).exists;
  const contributed = [...state.evidenceEdgesOf(slug), ...state.edgesAt(nodeId)];
  const footprint = footprintOf([...contributed, ...graph.edges], [nodeId, ...graph.nodes.map((node) => node.id)]);
  const before = existing(state, footprint);
  removeContribution(state, slug);
  const articleNode: GraphNode = { id: nodeId, kind: 'Article', name: graph.article.title, synonyms: [], xrefs: [], status: 'verified' };
  for (const node of [articleNode, ...graph.nodes]) upsertNode(state, node);
  for (const key of dedupeKeys(graph.edges)) state.createEdge(key);
  for (const item of evidence) state.edge(item.key).group.set(slug, item.rows.map((row) => row.weight));
  const links = linkArticle(state, slug, graph.links);
  refreshEdges(state, [...footprint.edges, ...links]);
  deleteOrphanEntities(state, footprint.nodes);
  const after = existing(state, footprintOf([...footprint.edges, ...links], footprint.nodes));
  const nodes = countChanges(before.nodes, after.nodes);
  const edges = countChanges(before.edges, after.edges);
  return { article: slug, created, nodesAdded: nodes.added, nodesRemoved: nodes.removed, edgesAdded: edges.added, edgesRemoved: edges.removed };
}
