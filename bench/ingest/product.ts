import { stat } from 'node:fs/promises';
import { ingestFiles } from '../../src/ingest/batch/ingest-files.js';
import type { ArticleSink } from '../../src/ingest/batch/types.js';
import { defaultWorkerCount } from '../../src/ingest/parallel/derive-pool.js';
import type { SiteProfile } from '../../src/ingest/profile/schema.js';
import type { Lexicon } from '../../src/lexicon/lexicon.js';
import type { GraphStore } from '../../src/store/port.js';
import type { IngestStage } from './measure.js';
import { measureIngest } from './measure.js';

/** Time of one stage over the articles it was measured on. */
export interface StageTiming {
  readonly ms: number;
  readonly articles: number;
  readonly bytes: number;
}

export interface ProductIngest {
  readonly files: number;
  readonly articles: number;
  readonly bytes: number;
  readonly failures: number;
  readonly wallMs: number;
  /** Worker threads that derived the graphs (0: the main thread). */
  readonly workers: number;
  readonly stages: Readonly<Record<IngestStage, StageTiming>>;
}

function since(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The ingest users run (`medkg ingest`: ingestFiles with its worker threads and grouped
 * writes), timed as a whole; the store stage is the time spent inside the store's write calls
 * during that run. The derive stages overlap in worker threads there, so each is timed on its own
 * over a sample of the files by measureIngest, one article at a time on the main thread.
 */
export async function measureProductIngest(
  store: GraphStore,
  files: readonly string[],
  lexicon: Lexicon,
  profile: SiteProfile,
  sampleFiles: number,
): Promise<ProductIngest> {
  let storeMs = 0;
  const timed = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const start = process.hrtime.bigint();
    try {
      return await call(...args);
    } finally {
      storeMs += since(start);
    }
  };
  const sink: ArticleSink & Pick<GraphStore, 'vocabulary'> = {
    articleHashes: () => store.articleHashes(),
    replaceArticle: timed((graph) => store.replaceArticle(graph)),
    replaceArticles: timed((graphs) => store.replaceArticles(graphs)),
    deleteArticle: (id) => store.deleteArticle(id),
    putComputed: timed((namespace, entries) => store.putComputed(namespace, entries)),
    getComputed: (namespace, keys) => store.getComputed(namespace, keys),
    deleteComputed: (namespace, keys) => store.deleteComputed(namespace, keys),
    stats: () => store.stats(),
    vocabulary: () => store.vocabulary(),
  };
  const start = process.hrtime.bigint();
  const report = await ingestFiles(sink, files, { maxBytes: 50 * 1024 * 1024 });
  const wallMs = since(start);
  const workers = defaultWorkerCount(files.length);
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  const sample = await measureIngest(undefined, files.slice(0, sampleFiles), lexicon, profile);
  const timing = (stage: IngestStage): StageTiming => ({ ms: sample.stageMs[stage], articles: sample.articles, bytes: sample.bytes });
  return {
    files: files.length,
    articles: report.ok.length,
    bytes,
    failures: report.failed.length,
    wallMs,
    workers,
    stages: {
      read: timing('read'),
      clean: timing('clean'),
      segment: timing('segment'),
      recognise: timing('recognise'),
      relate: timing('relate'),
      store: { ms: storeMs, articles: report.ok.length, bytes },
    },
  };
}
