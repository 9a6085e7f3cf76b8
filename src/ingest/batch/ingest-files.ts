import { readFile } from 'node:fs/promises';
import type { VocabEntry } from '../../domain/vocabulary.js';
import { createLexicon } from '../../lexicon/create.js';
import { loadLexiconEntries } from '../../lexicon/seed.js';
import type { VocabularyStore } from '../../lexicon/store.js';
import { profileHash } from '../hash.js';
import type { DerivePool } from '../parallel/derive-pool.js';
import { createDerivePool, defaultWorkerCount, TASKS_PER_WORKER } from '../parallel/derive-pool.js';
import { ingestBytesIncremental } from '../pipeline.js';
import { loadSiteProfile } from '../profile/load.js';
import type { SiteProfile } from '../profile/schema.js';
import type { ArticleFormat } from '../stages.js';
import type { BatchOptions } from './runner.js';
import { runBatch } from './runner.js';
import type { ArticleSink, BatchReport, ProgressReporter } from './types.js';

export interface IngestFilesOptions {
  readonly format?: ArticleFormat | undefined;
  readonly profilePath?: string | undefined;
  readonly maxBytes: number;
  readonly concurrency?: number;
  readonly prune?: boolean;
  readonly force?: boolean;
  /** Worker threads deriving graphs (0: on the main thread); default from the batch size and cores. */
  readonly workers?: number;
  readonly progress?: ProgressReporter;
}

/**
 * Ingests files into a store with the lexicon the store's vocabulary makes (seed + imports):
 * derivation runs in worker threads for large batches, on the main thread for small ones,
 * and yields the same graphs either way; the main thread writes each article atomically.
 */
export async function ingestFiles(store: ArticleSink & Pick<VocabularyStore, 'vocabulary'>, files: readonly string[], options: IngestFilesOptions): Promise<BatchReport> {
  const profile = loadSiteProfile(options.profilePath);
  const profileKey = profileHash(profile);
  const entries = await loadLexiconEntries(store);
  const threads = options.workers ?? defaultWorkerCount(files.length);
  const pool = threads > 0 ? await openPool(store, threads, entries, profileKey, options) : undefined;
  try {
    return await runBatch({
      files,
      sink: store,
      load: pool ? (file) => pool.derive(file) : inlineLoader(entries, profile, profileKey, options),
      // Enough files in flight to fill every worker's queue while the main thread writes.
      concurrency: Math.max(options.concurrency ?? 4, threads * TASKS_PER_WORKER),
      prune: options.prune === true,
      force: options.force === true,
      ...(options.progress ? { progress: options.progress } : {}),
    });
  } finally {
    await pool?.close();
  }
}

function inlineLoader(entries: readonly VocabEntry[], profile: SiteProfile, profileKey: string, options: IngestFilesOptions): BatchOptions['load'] {
  const pipelineOptions = {
    profile,
    lexicon: createLexicon(entries),
    profileHash: profileKey,
    maxBytes: options.maxBytes,
    ...(options.format ? { format: options.format } : {}),
  };
  return async (file, isUnchanged) => ingestBytesIncremental(await readFile(file), file, pipelineOptions, isUnchanged);
}

async function openPool(store: ArticleSink, threads: number, entries: readonly VocabEntry[], profileKey: string, options: IngestFilesOptions): Promise<DerivePool> {
  return createDerivePool(threads, {
    entries,
    ...(options.profilePath ? { profilePath: options.profilePath } : {}),
    profileHash: profileKey,
    maxBytes: options.maxBytes,
    ...(options.format ? { format: options.format } : {}),
    storedHashes: options.force ? new Map() : await store.articleHashes(),
  });
}
