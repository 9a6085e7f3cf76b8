import { fileURLToPath } from 'node:url';
import type { VocabEntry } from '../domain/vocabulary.js';
import type { MedkgLexicon } from './create.js';
import { createLexicon } from './create.js';
import { loadSimpleTsv } from './loaders/simple-tsv.js';
import { SEED_SOURCE } from './merge.js';
import type { VocabularyStore } from './store.js';

/**
 * seed/lexicon/seed.tsv, found from this module's location (src/lexicon → ../../seed), so it
 * works from a clean clone and from any working directory.
 */
export const SEED_LEXICON_PATH = fileURLToPath(new URL('../../seed/lexicon/seed.tsv', import.meta.url));

/** The entries of our curated seed lexicon, marked as seed so they lead merges and ties. */
export async function loadSeedEntries(path: string = SEED_LEXICON_PATH): Promise<VocabEntry[]> {
  const entries: VocabEntry[] = [];
  for await (const record of loadSimpleTsv(path)) entries.push({ ...record.entry, source: SEED_SOURCE });
  return entries;
}

/** A lexicon of the seed alone (no imported vocabularies). */
export async function loadSeedLexicon(path: string = SEED_LEXICON_PATH): Promise<MedkgLexicon> {
  return createLexicon(await loadSeedEntries(path));
}

/**
 * The lexicon ingest and serve use: the seed plus every vocabulary entry stored with the store,
 * so both see the same names. Builds in seconds for 100k+ names.
 */
export async function loadLexicon(store: Pick<VocabularyStore, 'vocabulary'>): Promise<MedkgLexicon> {
  return createLexicon(await loadLexiconEntries(store));
}

/** The entries loadLexicon builds from (ingest workers build their own lexicon from them). */
export async function loadLexiconEntries(store: Pick<VocabularyStore, 'vocabulary'>): Promise<VocabEntry[]> {
  const entries = await loadSeedEntries();
  for await (const entry of store.vocabulary()) entries.push(entry);
  return entries;
}
