import { articleGraphSchema } from '../../domain/graph.js';
import type { ArticleGraph, EdgeKey } from '../../domain/graph.js';
import { badInput } from '../../domain/errors.js';
import type { MedkgError } from '../../domain/errors.js';
import { articleNodeId } from '../../domain/ids.js';
import type { ReplaceSummary } from '../port.js';
import { dedupeKeys, refreshEdges } from './edges.js';
import type { QueryRunner } from './executor.js';
import { readGroupState } from './group-read.js';
import { articleEvidence, stepArticle } from './group-simulate.js';
import { writeGroup } from './group-write.js';
import { bumpDataVersion } from './meta.js';
import { canonicalIds, deleteOrphanEntities, existingNodes } from './nodes.js';
import { asString } from './records.js';

/** The graphs with every id in its stored form: aliases followed, the bare slug as its node id. */
async function canonicalGraphs(runner: QueryRunner, graphs: readonly ArticleGraph[]): Promise<ArticleGraph[]> {
  const ids = graphs.flatMap((graph) =>
    [...graph.nodes.map((node) => node.id), ...graph.edges.flatMap((edge) => [edge.subject, edge.object])].filter((id) => id !== graph.article.id),
  );
  const canonical = await canonicalIds(runner, ids);
  return graphs.map((graph) => {
    const slug = graph.article.id;
    const mapId = (id: string): string => (id === slug ? articleNodeId(slug) : (canonical.get(id) ?? id));
    return {
      ...graph,
      nodes: graph.nodes.map((node) => ({ ...node, id: mapId(node.id) })),
      edges: graph.edges.map((edge) => ({ ...edge, subject: mapId(edge.subject), object: mapId(edge.object) })),
    };
  });
}

/** Consecutive runs in which no article comes twice: each run is read, worked out and written as one. */
function distinctRuns(graphs: readonly ArticleGraph[]): ArticleGraph[][] {
  const runs: ArticleGraph[][] = [];
  let run: ArticleGraph[] = [];
  let slugs = new Set<string>();
  for (const graph of graphs) {
    if (slugs.has(graph.article.id)) {
      runs.push(run);
      run = [];
      slugs = new Set();
    }
    run.push(graph);
    slugs.add(graph.article.id);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

async function replaceRun(runner: QueryRunner, input: readonly ArticleGraph[], now: Date): Promise<ReplaceSummary[]> {
  const graphs = await canonicalGraphs(runner, input);
  const state = await readGroupState(runner, graphs);
  const evidence = graphs.map(articleEvidence);
  const summaries = graphs.map((graph, index) => stepArticle(state, graph, evidence[index] ?? []));
  await writeGroup(runner, state, graphs, evidence, now);
  return summaries;
}

/**
 * Replaces each article's whole contribution (see GraphStore.replaceArticle), in order, with
 * the result and the summaries of writing them one after another: the caller runs it in one
 * write transaction, so a failure (the first article that fails, as one by one) leaves every
 * previous contribution intact. The whole group is read and written in a few batched queries.
 */
export async function replaceArticles(runner: QueryRunner, inputs: readonly ArticleGraph[], now: Date): Promise<ReplaceSummary[]> {
  const graphs: ArticleGraph[] = [];
  let invalid: MedkgError | undefined;
  for (const input of inputs) {
    const parsed = articleGraphSchema.safeParse(input);
    if (!parsed.success) {
      invalid = badInput(`invalid article graph: ${parsed.error.message}`);
      break;
    }
    graphs.push(parsed.data);
  }
  const summaries: ReplaceSummary[] = [];
  for (const run of distinctRuns(graphs)) summaries.push(...(await replaceRun(runner, run, now)));
  if (invalid) throw invalid;
  return summaries;
}

/** Edges the article contributes now: its evidence's edges and every edge at its node. */
async function contributedEdges(runner: QueryRunner, slug: string): Promise<EdgeKey[]> {
  const rows = await runner.run('article-contributed-edges', { slug, articleNodeId: articleNodeId(slug) });
  return rows.map((row) => ({ subject: asString(row['subject']), predicate: asString(row['predicate']), object: asString(row['object']) }) as EdgeKey);
}

/** Removes an article and everything only it contributed; false when unknown. */
export async function deleteArticle(runner: QueryRunner, slug: string, now: Date): Promise<boolean> {
  if ((await existingNodes(runner, [articleNodeId(slug)])).size === 0) return false;
  const edges = dedupeKeys(await contributedEdges(runner, slug));
  const nodes = new Set(edges.flatMap((key) => [key.subject, key.object]));
  await runner.run('article-remove-contribution', { slug, articleNodeId: articleNodeId(slug) });
  await runner.run('node-delete', { id: articleNodeId(slug) });
  await refreshEdges(runner, edges);
  await deleteOrphanEntities(runner, nodes);
  await bumpDataVersion(runner, now);
  return true;
}
