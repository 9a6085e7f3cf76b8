import { basename } from 'node:path';
import type { VocabEntry } from '../domain/vocabulary.js';
import type { LoaderOptions, VocabFormat } from './formats.js';
import { openVocabulary } from './formats.js';
import type { LoadedRecord, VocabConflict } from './model.js';
import { mergeRecord } from './model.js';
import type { VocabularyStore } from './store.js';

export interface ImportOptions extends LoaderOptions {
  readonly format?: VocabFormat;
  /** Entries per upsertVocabulary call. */
  readonly batchSize?: number;
  /** Called after each batch with the number of records read so far. */
  readonly onProgress?: (read: number) => void;
}

export interface ImportReport {
  readonly file: string;
  readonly format: VocabFormat;
  /** Records the loader produced. */
  readonly read: number;
  /** Distinct entries written (new or changed). */
  readonly upserted: number;
  /** Patch records with no entry to patch (e.g. GARD_xrefs rows of unknown GardIDs). */
  readonly skipped: number;
  readonly conflicts: readonly VocabConflict[];
}

function prefixOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/**
 * Stored entries of the given id prefixes. Records merge with what the store already holds
 * (layperson synonyms onto hp.obo terms, GARD xrefs onto GARD entries), and the port reads
 * vocabulary only as a stream, so each prefix a file touches is read once.
 */
async function loadPrefixes(store: VocabularyStore, prefixes: ReadonlySet<string>, into: Map<string, VocabEntry>): Promise<void> {
  for await (const entry of store.vocabulary()) {
    if (prefixes.has(prefixOf(entry.id)) && !into.has(entry.id)) into.set(entry.id, entry);
  }
}

/**
 * Streams one vocabulary file into the store in batches. Each record merges with the entry of
 * the same id already stored (or met earlier in the file) by its mode (model.ts), so importing
 * the same file twice writes the same entries (idempotent), and files can come in any order.
 */
export async function importVocabularyFile(store: VocabularyStore, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  const { format, records } = await openVocabulary(path, options);
  const batchSize = options.batchSize ?? 2000;
  const known = new Map<string, VocabEntry>();
  const loadedPrefixes = new Set<string>();
  const conflicts: VocabConflict[] = [];
  const written = new Set<string>();
  let read = 0;
  let skipped = 0;
  let batch: LoadedRecord[] = [];

  const flush = async (): Promise<void> => {
    const missing = new Set(batch.map((record) => prefixOf(record.entry.id)).filter((prefix) => !loadedPrefixes.has(prefix)));
    if (missing.size > 0) {
      await loadPrefixes(store, missing, known);
      for (const prefix of missing) loadedPrefixes.add(prefix);
    }
    const changed = new Map<string, VocabEntry>();
    for (const record of batch) {
      const existing = known.get(record.entry.id);
      if (!existing && record.mode === 'patch') {
        skipped += 1;
        continue;
      }
      const merged = existing ? mergeRecord(existing, record) : { entry: record.entry };
      if (merged.conflict) conflicts.push(merged.conflict);
      known.set(merged.entry.id, merged.entry);
      if (!existing || JSON.stringify(existing) !== JSON.stringify(merged.entry)) changed.set(merged.entry.id, merged.entry);
    }
    if (changed.size > 0) await store.upsertVocabulary([...changed.values()]);
    for (const id of changed.keys()) written.add(id);
    batch = [];
    options.onProgress?.(read);
  };

  for await (const record of records) {
    read += 1;
    batch.push(record);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length > 0) await flush();
  return { file: basename(path), format, read, upserted: written.size, skipped, conflicts };
}
