import type { ArticleGraph, EdgeKey } from '../../domain/graph.js';
import { articleNodeId } from '../../domain/ids.js';
import { readEdgeStandings } from './edge-standing.js';
import { dedupeKeys } from './edges.js';
import type { QueryRunner, Row } from './executor.js';
import { GroupState } from './group-state.js';
import type { ArticleLinkRow } from './group-state.js';
import { asMap, asNumber, asString, toGraphNode } from './records.js';

function keyOf(row: Row): EdgeKey {
  return { subject: asString(row['subject']), predicate: asString(row['predicate']), object: asString(row['object']) } as EdgeKey;
}

/** The links an article records: each other slug once (an article never links to itself). */
export function linkRows(slug: string, targets: readonly string[]): ArticleLinkRow[] {
  return [...new Set(targets)]
    .filter((target) => target !== slug)
    .map((target) => ({ source: slug, target, sourceNode: articleNodeId(slug), targetNode: articleNodeId(target) }));
}

export function linkEdge(link: ArticleLinkRow): EdgeKey {
  return { subject: link.sourceNode, predicate: 'LINKS_TO', object: link.targetNode };
}

/** What the group's articles contribute as stored now (group-contribution). */
interface Contribution {
  readonly evidence: { readonly slug: string; readonly key: EdgeKey; readonly weights: number[] }[];
  readonly edges: EdgeKey[];
  readonly links: ArticleLinkRow[];
}

function maps(value: Row[string] | undefined): Row[] {
  return (Array.isArray(value) ? value : []).map((item) => asMap(item) ?? {});
}

async function readContribution(runner: QueryRunner, slugs: readonly string[]): Promise<Contribution> {
  const [row] = await runner.run('group-contribution', { slugs, articleNodeIds: slugs.map(articleNodeId) });
  return {
    evidence: maps(row?.['evidence']).map((item) => ({
      slug: asString(item['slug']),
      key: keyOf(item),
      weights: (Array.isArray(item['weights']) ? item['weights'] : []).map((weight) => asNumber(weight)),
    })),
    edges: maps(row?.['edges']).map(keyOf),
    links: maps(row?.['links']).map((item) => ({
      source: asString(item['source']),
      target: asString(item['target']),
      sourceNode: asString(item['sourceNode']),
      targetNode: asString(item['targetNode']),
    })),
  };
}

async function loadNodes(runner: QueryRunner, state: GroupState, ids: ReadonlySet<string>): Promise<void> {
  for (const row of await runner.run('group-nodes', { ids: [...ids] })) {
    const node = toGraphNode(asMap(row['node']) ?? {});
    state.addNode({ id: node.id, stored: true, exists: true, node, article: row['article'] === true, degree: asNumber(row['degree']), written: false });
  }
  for (const id of ids) {
    if (!state.nodes.has(id)) state.addNode({ id, stored: false, exists: false, node: undefined, article: false, degree: 0, written: false });
  }
}

/**
 * Loads everything the group's articles can read or change (graphs already in their stored
 * ids): their evidence, links and every edge at their Article nodes as stored now, the nodes
 * and edges their graphs name, and the ends of all of those. About a handful of queries for the
 * whole group, whatever its size.
 */
export async function readGroupState(runner: QueryRunner, graphs: readonly ArticleGraph[]): Promise<GroupState> {
  const slugs = graphs.map((graph) => graph.article.id);
  const stored = await readContribution(runner, slugs);
  const newLinks = graphs.flatMap((graph) => linkRows(graph.article.id, graph.links));
  const keys = dedupeKeys([
    ...stored.evidence.map((item) => item.key),
    ...stored.edges,
    ...graphs.flatMap((graph) => graph.edges),
    ...[...stored.links, ...newLinks].map(linkEdge),
  ]);
  const ids = new Set([...slugs.map(articleNodeId), ...graphs.flatMap((graph) => graph.nodes.map((node) => node.id))]);
  for (const key of keys) ids.add(key.subject).add(key.object);

  const sources = new Set(slugs);
  const state = new GroupState({ evidence: stored.evidence.length > 0, links: stored.links.some((link) => sources.has(link.source)) });
  await loadNodes(runner, state, ids);
  for (const standing of (await readEdgeStandings(runner, keys, slugs)).values()) {
    state.addEdge({
      key: standing.key,
      stored: standing.exists,
      exists: standing.exists,
      dropped: false,
      curated: standing.curated,
      retracted: standing.retracted,
      refreshed: false,
      others: standing.evidence,
      group: new Map(),
    });
  }
  for (const item of stored.evidence) state.edge(item.key).group.set(item.slug, item.weights);
  for (const link of stored.links) state.addLink(link);
  return state;
}
