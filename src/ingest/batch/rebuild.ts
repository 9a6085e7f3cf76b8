import type { ArticleRecord } from '../../domain/graph.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import { contentHash, sha256 } from '../hash.js';
import { deriveGraph } from '../pipeline.js';
import type { CleanArticle } from '../stages.js';
import type { DerivedFile } from './runner.js';
import { LINKS_NAMESPACE, runBatch } from './runner.js';
import type { ArticleSink, ArticleSource, BatchReport, ProgressReporter } from './types.js';

/** The stored text is already clean: a rebuild's hash marks it as derived from stored text. */
const STORED_TEXT_PROFILE = 'stored-cleaned-text';

export interface RebuildOptions {
  readonly store: ArticleSink & ArticleSource;
  readonly lexicon: Lexicon;
  readonly force?: boolean;
  readonly concurrency?: number;
  readonly progress?: ProgressReporter;
}

/**
 * `medkg rebuild`: re-derives every stored article from its stored cleaned text (segment →
 * recognise → relate with the current lexicon and extractor), without the original files, into
 * whichever store is configured. The stored text is already clean, so cleaning is not run again;
 * links come from what ingest kept beside each article. Articles whose text, lexicon and
 * extractor are unchanged since the last rebuild are skipped unless `force`.
 */
export async function rebuildArticles(options: RebuildOptions): Promise<BatchReport> {
  const ids = [...(await options.store.articleHashes()).keys()].sort();
  const load = async (id: string, isUnchanged: (slug: string, hash: string) => boolean): Promise<DerivedFile> => {
    const [record] = await options.store.getArticles([id]);
    if (!record) throw new Error(`article "${id}" is no longer stored`);
    const hash = contentHash({ bytesHash: sha256(record.cleanedText), profileHash: STORED_TEXT_PROFILE, lexiconVersion: options.lexicon.version });
    if (isUnchanged(id, hash)) return { graphs: [], unchanged: [id] };
    const links = await options.store.getComputed(LINKS_NAMESPACE, [id]);
    const graph = deriveGraph(cleanFromRecord(record, parseLinks(links.get(id))), options.lexicon, hash);
    return { graphs: [graph], unchanged: [] };
  };
  return runBatch({
    files: ids,
    sink: options.store,
    load,
    ...(options.force === undefined ? {} : { force: options.force }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.progress ? { progress: options.progress } : {}),
  });
}

/** A CleanArticle standing in for the original file: the stored record, its text and links. */
export function cleanFromRecord(record: ArticleRecord, links: readonly string[]): CleanArticle {
  return {
    raw: {
      source: `store:${record.id}`,
      format: 'text',
      slug: record.id,
      title: record.title,
      ...(record.url ? { url: record.url } : {}),
      ...(record.wordpressId === undefined ? {} : { wordpressId: record.wordpressId }),
      ...(record.category ? { category: record.category } : {}),
      ...(record.updatedAt ? { updatedAt: record.updatedAt } : {}),
      text: record.cleanedText,
      links,
      bytesHash: sha256(record.cleanedText),
    },
    text: record.cleanedText,
    teasers: [],
    removedBlocks: [],
  };
}

function parseLinks(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
