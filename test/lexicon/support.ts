import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { VocabEntry } from '../../src/domain/vocabulary.js';
import type { LoadedRecord } from '../../src/lexicon/model.js';
import type { VocabularyStore } from '../../src/lexicon/store.js';

/** Path of a fixture under test/fixtures/vocab. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/vocab/${name}`, import.meta.url));
}

/** The shared vocabulary folder, and whether it is present on this machine. */
export const SHARED_VOCAB = fileURLToPath(new URL('../../../shared/data/vocab/', import.meta.url));
export const hasSharedVocab = existsSync(SHARED_VOCAB);

export async function collect(records: AsyncIterable<LoadedRecord>): Promise<LoadedRecord[]> {
  const result: LoadedRecord[] = [];
  for await (const record of records) result.push(record);
  return result;
}

/**
 * The three vocabulary methods of the store port, kept in a Map: enough to test how imports
 * merge records. The real SQLite store is exercised by vocab-import.int.test.ts.
 */
export class MapVocabularyStore implements VocabularyStore {
  readonly entries = new Map<string, VocabEntry>();
  upserts = 0;

  async upsertVocabulary(entries: readonly VocabEntry[]): Promise<void> {
    this.upserts += 1;
    for (const entry of entries) this.entries.set(entry.id, structuredClone(entry));
  }

  async *vocabulary(): AsyncIterable<VocabEntry> {
    for (const id of [...this.entries.keys()].sort()) yield structuredClone(this.entries.get(id) as VocabEntry);
  }

  async vocabularyVersion(): Promise<string> {
    return String(this.upserts);
  }
}
