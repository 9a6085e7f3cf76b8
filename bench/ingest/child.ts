// Child process of `npm run bench`: ingests one synthetic corpus into one store, timing each
// stage, and reports its peak RSS; or (phase 'related') precomputes the related-articles lists
// over what is stored. See bench/lib/child.ts.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { recomputeRelated } from '../../src/graph/related/related.js';
import { loadSiteProfile } from '../../src/ingest/profile/load.js';
import { loadLexicon } from '../../src/lexicon/seed.js';
import { childArguments } from '../lib/child.js';
import type { StoreSpec } from '../lib/stores.js';
import { openBenchStore } from '../lib/stores.js';
import type { ProductIngest } from './product.js';
import { measureProductIngest } from './product.js';

/** Files whose derive stages are timed one by one (the whole corpus is ingested for real). */
const STAGE_SAMPLE_FILES = 300;

export interface IngestChildInput {
  readonly corpusDir: string;
  readonly store: StoreSpec;
  /** 'ingest' runs read → store; 'related' precomputes related articles over what is stored. */
  readonly phase: 'ingest' | 'related';
}

/** The related-articles precompute, run as its own process so it has its own time budget. */
export interface RelatedChildResult {
  readonly relatedMs: number;
  readonly peakRssBytes: number;
}

export interface IngestChildResult extends ProductIngest {
  /** recomputeRelated over the whole store after the batch (its own process), ms; NaN when over budget. */
  readonly relatedMs: number;
  /** Why relatedMs is missing, when it is. */
  readonly relatedProblem?: string;
  readonly vocabularyMs: number;
  /** Peak resident set size of this process, bytes. */
  readonly peakRssBytes: number;
  readonly schemaVersion: number;
  readonly nodes: number;
  readonly storedEdges: number;
}

async function main(): Promise<void> {
  const { input, writeResult } = await childArguments<IngestChildInput>();
  const store = await openBenchStore(input.store);
  try {
    if (input.phase === 'related') {
      const started = process.hrtime.bigint();
      await recomputeRelated(store);
      const related: RelatedChildResult = { relatedMs: Number(process.hrtime.bigint() - started) / 1e6, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
      await writeResult(related);
      return;
    }
    const start = process.hrtime.bigint();
    // The lexicon ingest uses: the seed plus whatever vocabulary the store holds (none here).
    const lexicon = await loadLexicon(store);
    const vocabularyMs = Number(process.hrtime.bigint() - start) / 1e6;
    const files = (await readdir(input.corpusDir)).sort().map((name) => join(input.corpusDir, name));
    const measured = await measureProductIngest(store, files, lexicon, loadSiteProfile(), STAGE_SAMPLE_FILES);
    const stats = await store.stats();
    const sum = (record: Readonly<Record<string, number>>): number => Object.values(record).reduce((a, b) => a + b, 0);
    const result: IngestChildResult = {
      ...measured,
      relatedMs: Number.NaN,
      vocabularyMs,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      schemaVersion: await store.schemaVersion(),
      nodes: sum(stats.nodesByKind),
      storedEdges: sum(stats.edgesByPredicate),
    };
    await writeResult(result);
  } finally {
    await store.close();
  }
}

await main();
