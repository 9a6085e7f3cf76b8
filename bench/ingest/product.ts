import { readFile } from 'node:fs/promises';
import { ingestFiles } from '../../src/ingest/batch/ingest-files.js';
import type { ArticleSink } from '../../src/ingest/batch/types.js';
import { defaultWorkerCount } from '../../src/ingest/parallel/derive-pool.js';
import { cleanArticle } from '../../src/ingest/clean/clean.js';
import { contentHash, profileHash } from '../../src/ingest/hash.js';
import type { SiteProfile } from '../../src/ingest/profile/schema.js';
import { readArticles } from '../../src/ingest/read/read.js';
import { recogniseArticle } from '../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../src/ingest/relate/relate.js';
import { segmentArticle } from '../../src/ingest/segment/segment.js';
import type { Lexicon } from '../../src/lexicon/lexicon.js';
import type { GraphStore } from '../../src/store/port.js';
import type { IngestStage } from './measure.js';

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
 * over a sample of the files, one at a time on the main thread, through the same stage functions.
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
  for (const file of files) bytes += (await readFile(file)).byteLength;
  const sample = await measureStages(files.slice(0, sampleFiles), lexicon, profile);
  return {
    files: files.length,
    articles: report.ok.length,
    bytes,
    failures: report.failed.length,
    wallMs,
    workers,
    stages: { ...sample, store: { ms: storeMs, articles: report.ok.length, bytes } },
  };
}

/** Read → relate, one file at a time, each stage timed around its own call. */
async function measureStages(files: readonly string[], lexicon: Lexicon, profile: SiteProfile): Promise<Record<Exclude<IngestStage, 'store'>, StageTiming>> {
  const ms = { read: 0, clean: 0, segment: 0, recognise: 0, relate: 0 };
  const profileKey = profileHash(profile);
  let articles = 0;
  let bytes = 0;
  for (const file of files) {
    let start = process.hrtime.bigint();
    const content = await readFile(file);
    const raws = readArticles(content, file);
    ms.read += since(start);
    bytes += content.byteLength;
    for (const raw of raws) {
      const hash = contentHash({ bytesHash: raw.bytesHash, profileHash: profileKey, lexiconVersion: lexicon.version });
      start = process.hrtime.bigint();
      const clean = cleanArticle(raw, profile);
      ms.clean += since(start);
      start = process.hrtime.bigint();
      const segmented = segmentArticle(clean);
      ms.segment += since(start);
      start = process.hrtime.bigint();
      const recognised = recogniseArticle(segmented, lexicon);
      ms.recognise += since(start);
      start = process.hrtime.bigint();
      relateArticle(recognised, { contentHash: hash });
      ms.relate += since(start);
      articles += 1;
    }
  }
  const timing = (value: number): StageTiming => ({ ms: value, articles, bytes });
  return { read: timing(ms.read), clean: timing(ms.clean), segment: timing(ms.segment), recognise: timing(ms.recognise), relate: timing(ms.relate) };
}
