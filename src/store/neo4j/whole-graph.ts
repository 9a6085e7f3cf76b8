import type { GraphNode } from '../../domain/graph.js';
import { PREDICATES } from '../../domain/predicates.js';
import type { VocabEntry } from '../../domain/vocabulary.js';
import type { ExportEdge, GraphStats } from '../port.js';
import type { Executor, QueryRunner } from './executor.js';
import { asMap, asNumber, asString, compareEvidence, toEdgeSummary, toEvidence, toGraphNode } from './records.js';

/** Rows per read transaction when streaming: memory stays flat whatever the store's size. */
const PAGE_SIZE = 500;

/** Every node in id order, one keyset page (one read transaction) at a time. */
export async function* iterateNodes(executor: Executor): AsyncGenerator<GraphNode> {
  let after = '';
  for (;;) {
    const rows = await executor.read('export nodes', (runner) => runner.run('export-nodes-page', { after, limit: PAGE_SIZE }));
    for (const row of rows) yield toGraphNode(asMap(row['node']) ?? {});
    const last = rows.at(-1);
    if (rows.length < PAGE_SIZE || !last) return;
    after = asString(asMap(last['node'])?.['id']);
  }
}

/** Every visible edge in (subject, predicate, object) order with its evidence, a page of subjects at a time. */
export async function* iterateEdges(executor: Executor): AsyncGenerator<ExportEdge> {
  let after = '';
  for (;;) {
    const page = await executor.read('export edges', async (runner) => {
      const subjects = (await runner.run('export-subjects-page', { after, limit: PAGE_SIZE })).map((row) => asString(row['id']));
      const edges = subjects.length === 0 ? [] : await runner.run('export-edges-of', { ids: subjects, predicates: [...PREDICATES] });
      return { subjects, edges };
    });
    for (const row of page.edges) {
      const evidence = (Array.isArray(row['evidence']) ? row['evidence'] : []).map((item) => toEvidence(asMap(item) ?? {}));
      yield { ...toEdgeSummary(row), evidence: evidence.sort(compareEvidence) };
    }
    const last = page.subjects.at(-1);
    if (page.subjects.length < PAGE_SIZE || last === undefined) return;
    after = last;
  }
}

/** Every vocabulary entry in id order, a page at a time. */
export async function* iterateVocabulary(executor: Executor): AsyncGenerator<VocabEntry> {
  let after = '';
  for (;;) {
    const rows = await executor.read('vocabulary', (runner) => runner.run('vocabulary-page', { after, limit: PAGE_SIZE }));
    for (const row of rows) yield JSON.parse(asString(row['entry'])) as VocabEntry;
    const last = rows.at(-1);
    if (rows.length < PAGE_SIZE || !last) return;
    after = asString(last['id']);
  }
}

export async function stats(runner: QueryRunner): Promise<GraphStats> {
  const kinds = await runner.run('stats-nodes');
  const predicates = await runner.run('stats-edges', { predicates: [...PREDICATES] });
  const [articles] = await runner.run('stats-articles');
  const lastIngestAt = articles?.['lastIngestAt'];
  return {
    nodesByKind: Object.fromEntries(kinds.map((row) => [asString(row['kind']), asNumber(row['count'])])),
    edgesByPredicate: Object.fromEntries(predicates.map((row) => [asString(row['predicate']), asNumber(row['count'])])),
    articles: asNumber(articles?.['articles']),
    lastIngestAt: typeof lastIngestAt === 'string' ? lastIngestAt : null,
  };
}
