import pLimit from 'p-limit';
import type { ArticleGraph } from '../../domain/graph.js';
import { GroupWriter, MAX_GROUP } from './group-writer.js';
import type { ArticleSink, BatchReport, FileFailure, ProgressReporter, ReplaceResult } from './types.js';

/** A file's derived articles, and the slugs skipped because their content hash is unchanged. */
export interface DerivedFile {
  readonly graphs: readonly ArticleGraph[];
  readonly unchanged: readonly string[];
}

export interface BatchOptions {
  /** Files to ingest, or stored article ids to rebuild: whatever `load` takes. */
  readonly files: readonly string[];
  readonly sink: ArticleSink;
  /** Reads and derives one unit; `isUnchanged` lets it skip articles whose hash is stored. */
  readonly load: (file: string, isUnchanged: (slug: string, hash: string) => boolean) => Promise<DerivedFile>;
  readonly concurrency?: number;
  /** Delete stored articles that no file of this batch yields (unpublished). */
  readonly prune?: boolean;
  /** Re-derive even articles whose content hash is unchanged. */
  readonly force?: boolean;
  readonly progress?: ProgressReporter;
}

/**
 * Ingests a batch of files. A file that fails (unreadable, binary, malformed, too large) is
 * reported with its reason and the batch goes on; each article lands atomically (a group of
 * articles in one transaction, see GroupWriter), so a failure never leaves part of an article in
 * the store. --prune runs only
 * when every file was read, so an unreadable file cannot unpublish its articles.
 */
export async function runBatch(options: BatchOptions): Promise<BatchReport> {
  const { sink, files } = options;
  const stored = await sink.articleHashes();
  const before = await sink.stats();
  const tally = new Tally();
  const seen = new Map<string, string>();
  const writer = new GroupWriter(sink, LINKS_NAMESPACE);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  // Derivation and writing are bounded apart: a file that is derived gives its derive slot back
  // while it waits for the writer, so the next group fills up during a slow write (a Neo4j round
  // trip costs the same for 2 articles as for 64) and memory stays bounded by the files in flight.
  const deriveSlots = pLimit(concurrency);
  const inFlight = pLimit(concurrency + MAX_GROUP);
  const isUnchanged = (slug: string, hash: string): boolean => !options.force && stored.get(slug) === hash;
  let done = 0;
  options.progress?.start(files.length);

  await Promise.all(
    files.map((file) =>
      inFlight(async () => {
        let articles: string[] = [];
        try {
          const derived = await deriveSlots(() => options.load(file, isUnchanged));
          articles = [...derived.graphs.map((graph) => graph.article.id), ...derived.unchanged];
          claimSlugs(articles, file, seen);
          const written = await Promise.all(derived.graphs.map((graph) => writer.write(graph)));
          derived.graphs.forEach((graph, index) => tally.written(graph, written[index] as ReplaceResult));
          tally.unchanged.push(...derived.unchanged);
          done += 1;
          options.progress?.update({ done, total: files.length, file, outcome: derived.graphs.length > 0 ? 'ok' : 'unchanged', articles });
        } catch (error) {
          const reason = oneLine(error, file);
          tally.failed.push({ file, reason });
          done += 1;
          options.progress?.update({ done, total: files.length, file, outcome: 'failed', articles, reason });
        }
      }),
    ),
  );

  let pruneSkipped: string | undefined;
  if (options.prune) {
    if (tally.failed.length > 0) pruneSkipped = `${tally.failed.length} file(s) failed, so their articles are unknown`;
    else {
      for (const id of [...stored.keys()].sort()) {
        if (seen.has(id)) continue;
        if (await sink.deleteArticle(id)) tally.pruned.push(id);
        await sink.deleteComputed(LINKS_NAMESPACE, [id]);
      }
    }
  }
  options.progress?.stop();
  const after = await sink.stats();
  return tally.report(files.length, before, after, pruneSkipped);
}

/**
 * Each article's outgoing links (slugs), kept beside it so `medkg rebuild` can re-derive LINKS_TO
 * from stored text alone (links to articles not yet ingested have no node to hang on).
 */
export const LINKS_NAMESPACE = 'article-links';

/** A slug yielded by two files of one batch is an error of the second file, not a silent overwrite. */
function claimSlugs(slugs: readonly string[], file: string, seen: Map<string, string>): void {
  for (const slug of slugs) {
    const other = seen.get(slug);
    if (other !== undefined && other !== file) throw new Error(`article "${slug}" is also in ${other}`);
  }
  for (const slug of slugs) seen.set(slug, file);
}

/** The reason of a failure as one line, without a stack. */
export function oneLine(error: unknown, file?: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0]?.trim() || 'unknown error';
  // Readers already name the file; the report names it once.
  return file && line.startsWith(`${file}: `) ? line.slice(file.length + 2) : line;
}

class Tally {
  readonly ok: string[] = [];
  readonly unchanged: string[] = [];
  readonly failed: FileFailure[] = [];
  readonly pruned: string[] = [];
  nodesAdded = 0;
  nodesRemoved = 0;
  edgesAdded = 0;
  edgesRemoved = 0;
  readonly #unverified = new Map<string, { id: string; name: string; kind: string; articles: Set<string> }>();

  written(graph: ArticleGraph, summary: ReplaceResult): void {
    this.ok.push(graph.article.id);
    this.nodesAdded += summary.nodesAdded;
    this.nodesRemoved += summary.nodesRemoved;
    this.edgesAdded += summary.edgesAdded;
    this.edgesRemoved += summary.edgesRemoved;
    for (const node of graph.nodes) {
      if (node.status !== 'unverified') continue;
      const entry = this.#unverified.get(node.id) ?? { id: node.id, name: node.name, kind: node.kind, articles: new Set<string>() };
      entry.articles.add(graph.article.id);
      this.#unverified.set(node.id, entry);
    }
  }

  report(
    files: number,
    before: Awaited<ReturnType<ArticleSink['stats']>>,
    after: Awaited<ReturnType<ArticleSink['stats']>>,
    pruneSkipped: string | undefined,
  ): BatchReport {
    const topUnverified = [...this.#unverified.values()]
      .map((entry) => ({ id: entry.id, name: entry.name, kind: entry.kind, articles: entry.articles.size }))
      .sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id))
      .slice(0, 10);
    return {
      files,
      ok: this.ok.sort(),
      unchanged: this.unchanged.sort(),
      failed: this.failed.sort((a, b) => a.file.localeCompare(b.file)),
      pruned: this.pruned,
      ...(pruneSkipped ? { pruneSkipped } : {}),
      nodesAdded: this.nodesAdded,
      nodesRemoved: this.nodesRemoved,
      edgesAdded: this.edgesAdded,
      edgesRemoved: this.edgesRemoved,
      nodesByKind: difference(before.nodesByKind, after.nodesByKind),
      edgesByPredicate: difference(before.edgesByPredicate, after.edgesByPredicate),
      topUnverified,
    };
  }
}

function difference(before: Readonly<Record<string, number>>, after: Readonly<Record<string, number>>): Record<string, number> {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const result: Record<string, number> = {};
  for (const key of keys) {
    const change = (after[key] ?? 0) - (before[key] ?? 0);
    if (change !== 0) result[key] = change;
  }
  return result;
}
