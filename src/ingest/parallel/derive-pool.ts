import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { VocabEntry } from '../../domain/vocabulary.js';
import type { DerivedFile } from '../batch/runner.js';
import type { ArticleFormat } from '../stages.js';

/** What each worker needs to derive exactly what the main thread would. */
export interface DeriveWorkerData {
  /** The lexicon's entries: the lexicon and its version are a pure function of them. */
  readonly entries: readonly VocabEntry[];
  readonly profilePath?: string;
  readonly profileHash: string;
  readonly format?: ArticleFormat;
  readonly maxBytes?: number;
  /** Stored content hashes (empty with --force): an article whose hash matches is skipped. */
  readonly storedHashes: ReadonlyMap<string, string>;
}

export interface DerivePool {
  readonly threads: number;
  derive(file: string): Promise<DerivedFile>;
  close(): Promise<void>;
}

/**
 * Below this many files the pool costs more than it saves: each worker builds its own lexicon
 * (seconds with the full imported vocabulary) before its first article.
 */
export const MIN_FILES_FOR_WORKERS = 64;

/**
 * Worker threads for ingest: one per core, at most four by default (the store writes on the
 * main thread, so more derivers than that only queue behind it).
 */
export function defaultWorkerCount(files: number): number {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(Math.max(availableParallelism(), 1), 4);
}

/**
 * Files queued in each worker at once. The main thread writes to the store synchronously (SQLite)
 * and cannot hand out work meanwhile: a worker holding only its current file would go idle for
 * the length of every write. With a queue of its own it keeps deriving, and the finished files
 * join the next group commit.
 */
export const TASKS_PER_WORKER = 8;

const WORKER_ENTRY = new URL('./derive-worker-entry.mjs', import.meta.url).href;

/**
 * A pool of worker threads that read, clean, segment, recognise and relate files in parallel
 * (the CPU-bound part of ingest), leaving the main thread free to write to the store.
 */
export function createDerivePool(threads: number, data: DeriveWorkerData): DerivePool {
  const pool = new Piscina({
    filename: WORKER_ENTRY,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    workerData: data,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    threads,
    derive: (file) => pool.run(file, { name: 'deriveFile' }) as Promise<DerivedFile>,
    close: () => pool.destroy(),
  };
}
