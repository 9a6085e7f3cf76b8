import type { VocabEntry } from '../domain/vocabulary.js';
import type { VocabularyStore } from './store.js';

/**
 * A vocabulary kept in process memory, for building a lexicon straight from files (the matcher
 * benchmark, one-off tooling) with the same import and merge rules as a real store.
 */
export class MemoryVocabularyStore implements VocabularyStore {
  private readonly byId = new Map<string, VocabEntry>();
  private writes = 0;

  async upsertVocabulary(entries: readonly VocabEntry[]): Promise<void> {
    this.writes += 1;
    for (const entry of entries) this.byId.set(entry.id, entry);
  }

  async *vocabulary(): AsyncIterable<VocabEntry> {
    for (const id of [...this.byId.keys()].sort()) yield this.byId.get(id) as VocabEntry;
  }

  async vocabularyVersion(): Promise<string> {
    return `memory-${this.writes}`;
  }

  /** Every entry, in insertion order. */
  values(): IterableIterator<VocabEntry> {
    return this.byId.values();
  }
}
