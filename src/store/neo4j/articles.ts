import { articleGraphSchema, edgeKeyString } from '../../domain/graph.js';
import type { ArticleGraph, EdgeKey, GraphNode } from '../../domain/graph.js';
import { badInput } from '../../domain/errors.js';
import { articleNodeId } from '../../domain/ids.js';
import type { ReplaceSummary } from '../port.js';
import { dedupeKeys, ensureEdges, existingEdges, refreshEdges, writeEvidence } from './edges.js';
import type { QueryRunner } from './executor.js';
import { linkArticle } from './links.js';
import { bumpDataVersion } from './meta.js';
import { canonicalIds, deleteOrphanEntities, existingNodes, upsertNodes } from './nodes.js';
import { articleProperties, asString } from './records.js';

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

async function existing(runner: QueryRunner, footprint: Footprint): Promise<{ edges: Set<string>; nodes: Set<string> }> {
  return { edges: await existingEdges(runner, footprint.edges), nodes: await existingNodes(runner, footprint.nodes) };
}

function countChanges(before: Set<string>, after: Set<string>): { added: number; removed: number } {
  return {
    added: [...after].filter((id) => !before.has(id)).length,
    removed: [...before].filter((id) => !after.has(id)).length,
  };
}

/** Edges the article contributes now: its evidence's edges and every edge at its node. */
async function contributedEdges(runner: QueryRunner, slug: string): Promise<EdgeKey[]> {
  const rows = await runner.run('article-contributed-edges', { slug, articleNodeId: articleNodeId(slug) });
  return rows.map((row) => ({ subject: asString(row['subject']), predicate: asString(row['predicate']), object: asString(row['object']) }) as EdgeKey);
}

/** The graph with every id in its stored form: aliases followed, the bare slug as its node id. */
async function canonicalGraph(runner: QueryRunner, graph: ArticleGraph): Promise<ArticleGraph> {
  const slug = graph.article.id;
  const ids = [...graph.nodes.map((node) => node.id), ...graph.edges.flatMap((edge) => [edge.subject, edge.object])];
  const canonical = await canonicalIds(runner, ids.filter((id) => id !== slug));
  const mapId = (id: string): string => (id === slug ? articleNodeId(slug) : (canonical.get(id) ?? id));
  return {
    ...graph,
    nodes: graph.nodes.map((node) => ({ ...node, id: mapId(node.id) })),
    edges: graph.edges.map((edge) => ({ ...edge, subject: mapId(edge.subject), object: mapId(edge.object) })),
  };
}

async function assertConsistent(runner: QueryRunner, graph: ArticleGraph): Promise<void> {
  const slug = graph.article.id;
  const known = new Set([articleNodeId(slug), ...graph.nodes.map((node) => node.id)]);
  const ends = graph.edges.flatMap((edge) => [edge.subject, edge.object]).filter((id) => !known.has(id));
  const stored = await existingNodes(runner, ends);
  for (const edge of graph.edges) {
    for (const end of [edge.subject, edge.object]) {
      if (!known.has(end) && !stored.has(end)) throw badInput(`article ${slug}: edge ${edgeKeyString(edge)} names unknown node ${end}`);
    }
    if (edge.evidence.some((evidence) => evidence.article !== slug)) {
      throw badInput(`article ${slug}: edge ${edgeKeyString(edge)} carries another article's evidence`);
    }
  }
}

/** Removes what the article contributed (evidence, its own links) but not yet its node. */
async function removeContribution(runner: QueryRunner, slug: string): Promise<void> {
  await runner.run('article-remove-contribution', { slug, articleNodeId: articleNodeId(slug) });
}

async function articleExists(runner: QueryRunner, slug: string): Promise<boolean> {
  return (await existingNodes(runner, [articleNodeId(slug)])).size > 0;
}

/**
 * Replaces one article's whole contribution (see GraphStore.replaceArticle); the caller runs
 * it inside one write transaction, so a failure leaves the previous contribution intact.
 */
export async function replaceArticle(runner: QueryRunner, input: ArticleGraph, now: Date): Promise<ReplaceSummary> {
  const parsed = articleGraphSchema.safeParse(input);
  if (!parsed.success) throw badInput(`invalid article graph: ${parsed.error.message}`);
  const graph = await canonicalGraph(runner, parsed.data);
  await assertConsistent(runner, graph);
  const slug = graph.article.id;
  const nodeId = articleNodeId(slug);
  const created = !(await articleExists(runner, slug));
  const footprint = footprintOf([...(await contributedEdges(runner, slug)), ...graph.edges], [nodeId, ...graph.nodes.map((node) => node.id)]);
  const before = await existing(runner, footprint);
  await removeContribution(runner, slug);
  const articleNode: GraphNode = { id: nodeId, kind: 'Article', name: graph.article.title, synonyms: [], xrefs: [], status: 'verified' };
  await upsertNodes(runner, [articleNode, ...graph.nodes]);
  await runner.run('article-write', { id: nodeId, properties: articleProperties(graph.article) });
  await ensureEdges(runner, graph.edges);
  await writeEvidence(runner, nodeId, graph.edges);
  const links = await linkArticle(runner, slug, graph.links);
  await refreshEdges(runner, [...footprint.edges, ...links]);
  await deleteOrphanEntities(runner, footprint.nodes);
  const after = await existing(runner, footprintOf([...footprint.edges, ...links], footprint.nodes));
  await bumpDataVersion(runner, now);
  const nodes = countChanges(before.nodes, after.nodes);
  const edges = countChanges(before.edges, after.edges);
  return { article: slug, created, nodesAdded: nodes.added, nodesRemoved: nodes.removed, edgesAdded: edges.added, edgesRemoved: edges.removed };
}

/** Removes an article and everything only it contributed; false when unknown. */
export async function deleteArticle(runner: QueryRunner, slug: string, now: Date): Promise<boolean> {
  if (!(await articleExists(runner, slug))) return false;
  const footprint = footprintOf(await contributedEdges(runner, slug), []);
  await removeContribution(runner, slug);
  await runner.run('node-delete', { id: articleNodeId(slug) });
  await refreshEdges(runner, footprint.edges);
  await deleteOrphanEntities(runner, footprint.nodes);
  await bumpDataVersion(runner, now);
  return true;
}
