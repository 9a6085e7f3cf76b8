import { MedkgError } from '../../domain/errors.js';
import type { ArticleGraph } from '../../domain/graph.js';
import { articleNodeId } from '../../domain/ids.js';
import { edgeKeyString } from '../../domain/graph.js';
import type { GraphNode } from '../../domain/graph.js';
import { settleFigures } from './edge-standing.js';
import { LINK_FIGURES } from './edges.js';
import type { QueryRunner } from './executor.js';
import type { EdgeEvidence } from './group-simulate.js';
import type { GroupState } from './group-state.js';
import { bumpDataVersion } from './meta.js';
import { writeNodes } from './nodes.js';
import { articleProperties, edgeParams } from './records.js';

function evidenceRows(evidence: readonly EdgeEvidence[]): Record<string, unknown>[] {
  return evidence.flatMap((item) =>
    item.rows.map((row) => ({
      ...edgeParams(item.key),
      article: row.article,
      section: row.section,
      sentence: row.sentence,
      start: row.start,
      end: row.end,
      sources: row.sources,
      extractor: row.extractor,
      extractorVersion: row.extractorVersion,
      weight: row.weight,
      cue: row.cue ?? null,
    })),
  );
}

/**
 * Every edge the group refreshed and left standing, with its confidence and counts. Each edge a
 * step created was refreshed by that step (it is in its footprint), so these rows create them too.
 */
async function edgeRows(runner: QueryRunner, state: GroupState, slugs: readonly string[]): Promise<Record<string, unknown>[]> {
  const standing = [...state.edges.values()].filter((edge) => edge.exists);
  const unrefreshed = standing.find((edge) => !edge.refreshed && (!edge.stored || edge.dropped));
  if (unrefreshed) throw new MedkgError('INTERNAL', `group write: edge ${edgeKeyString(unrefreshed.key)} was created but not refreshed`);
  const refreshed = standing.filter((edge) => edge.refreshed);
  const figures = await settleFigures(
    runner,
    refreshed.filter((edge) => edge.key.predicate !== 'LINKS_TO').map((edge) => ({ key: edge.key, others: edge.others, own: edge.group, curated: edge.curated })),
    slugs,
  );
  return refreshed.map((edge) => ({
    ...edgeParams(edge.key),
    ...(edge.key.predicate === 'LINKS_TO' ? LINK_FIGURES : figures.get(edgeKeyString(edge.key))),
  }));
}

/**
 * Writes what a group's steps left in `state` (graphs in stored ids, evidence as articleEvidence
 * gave it), one UNWIND statement per kind of change for the whole group: the old contribution
 * goes, nodes and edges end as the steps left them, the new evidence and links are recorded.
 */
export async function writeGroup(
  runner: QueryRunner,
  state: GroupState,
  graphs: readonly ArticleGraph[],
  evidence: readonly (readonly EdgeEvidence[])[],
  now: Date,
): Promise<void> {
  const slugs = graphs.map((graph) => graph.article.id);
  const edges = [...state.edges.values()];
  const nodes = [...state.nodes.values()];
  const edgeUpdates = await edgeRows(runner, state, slugs);
  if (state.replaces.evidence) await runner.run('evidence-delete-articles', { slugs });
  if (state.replaces.links) await runner.run('article-links-delete', { slugs });
  const dropped = edges.filter((edge) => edge.dropped).map((edge) => edgeParams(edge.key));
  if (dropped.length > 0) await runner.run('edges-delete', { keys: dropped });
  const removed = nodes.filter((node) => node.stored && !node.exists).map((node) => node.id);
  if (removed.length > 0) await runner.run('nodes-delete', { ids: removed });
  const written = nodes.filter((node) => node.exists && node.written).map((node) => node.node as GraphNode);
  await writeNodes(runner, written, removed);
  await runner.run('article-write', { rows: graphs.map((graph) => ({ id: articleNodeId(graph.article.id), properties: articleProperties(graph.article) })) });
  if (edgeUpdates.length > 0) await runner.run('edges-write', { rows: edgeUpdates });
  const articles = graphs
    .map((graph, index) => ({ node: articleNodeId(graph.article.id), rows: evidenceRows(evidence[index] ?? []) }))
    .filter((item) => item.rows.length > 0);
  if (articles.length > 0) await runner.run('evidence-write', { articles });
  const sources = new Set(slugs);
  const links = [...state.links.values()].filter((link) => sources.has(link.source));
  if (links.length > 0) await runner.run('article-links-write', { rows: links });
  await bumpDataVersion(runner, now, graphs.length);
}
