import { readFile } from 'node:fs/promises';
import type { ArticleGraph } from '../../src/domain/graph.js';
import { LINKS_NAMESPACE } from '../../src/ingest/batch/runner.js';
import { cleanArticle } from '../../src/ingest/clean/clean.js';
import { contentHash, profileHash } from '../../src/ingest/hash.js';
import type { SiteProfile } from '../../src/ingest/profile/schema.js';
import { readArticles } from '../../src/ingest/read/read.js';
import { recogniseArticle } from '../../src/ingest/recognise/recognise.js';
import { relateArticle } from '../../src/ingest/relate/relate.js';
import { segmentArticle } from '../../src/ingest/segment/segment.js';
import type { Lexicon } from '../../src/lexicon/lexicon.js';
import type { GraphStore } from '../../src/store/port.js';

export const INGEST_STAGES = ['read', 'clean', 'segment', 'recognise', 'relate', 'store'] as const;
export type IngestStage = (typeof INGEST_STAGES)[number];

export interface IngestMeasurement {
  readonly files: number;
  readonly articles: number;
  /** Bytes of the article files read. */
  readonly bytes: number;
  /** Milliseconds spent in each stage, summed over the corpus. */
  readonly stageMs: Readonly<Record<IngestStage, number>>;
  readonly edges: number;
  readonly failures: number;
}

function now(): bigint {
  return process.hrtime.bigint();
}

function since(start: bigint): number {
  return Number(now() - start) / 1e6;
}

/**
 * Ingests files one at a time through the same stage functions the pipeline chains
 * (src/ingest/pipeline.ts), timing each stage around its own call, then writes each graph with
 * replaceArticle and its links as the batch runner does (without a store, only read → relate
 * are timed). Sequential on purpose: the stages are
 * synchronous CPU work, so the per-stage times add up to the wall time.
 */
export async function measureIngest(store: GraphStore | undefined, files: readonly string[], lexicon: Lexicon, profile: SiteProfile): Promise<IngestMeasurement> {
  const stageMs: Record<IngestStage, number> = { read: 0, clean: 0, segment: 0, recognise: 0, relate: 0, store: 0 };
  const profileKey = profileHash(profile);
  let articles = 0;
  let bytes = 0;
  let edges = 0;
  let failures = 0;
  for (const file of files) {
    let start = now();
    const content = await readFile(file);
    bytes += content.byteLength;
    let raws;
    try {
      raws = readArticles(content, file);
    } catch {
      failures += 1;
      continue;
    }
    stageMs.read += since(start);
    for (const raw of raws) {
      const hash = contentHash({ bytesHash: raw.bytesHash, profileHash: profileKey, lexiconVersion: lexicon.version });
      start = now();
      const clean = cleanArticle(raw, profile);
      stageMs.clean += since(start);
      start = now();
      const segmented = segmentArticle(clean);
      stageMs.segment += since(start);
      start = now();
      const recognised = recogniseArticle(segmented, lexicon);
      stageMs.recognise += since(start);
      start = now();
      const graph: ArticleGraph = relateArticle(recognised, { contentHash: hash });
      stageMs.relate += since(start);
      if (store) {
        start = now();
        await store.replaceArticle(graph);
        await store.putComputed(LINKS_NAMESPACE, new Map([[graph.article.id, JSON.stringify(graph.links)]]));
        stageMs.store += since(start);
      }
      articles += 1;
      edges += graph.edges.length;
    }
  }
  return { files: files.length, articles, bytes, stageMs, edges, failures };
}
