import type { VocabEntry } from '../domain/vocabulary.js';

/**
 * What the lexicon needs from a store. The GraphStore port (src/store/port.ts) satisfies it;
 * the lexicon layer sits below the store layer, so it names only these three methods.
 */
export interface VocabularyStore {
  upsertVocabulary(entries: readonly VocabEntry[]): Promise<void>;
  vocabulary(): AsyncIterable<VocabEntry>;
  vocabularyVersion(): Promise<string>;
}
