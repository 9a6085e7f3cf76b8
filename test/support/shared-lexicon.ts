// The lexicon `medkg ingest` uses after `medkg vocab import` of every shared vocabulary file
// (MANIFEST.md): the seed lexicon plus all imports, built in a throwaway SQLite store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importVocabularyFile } from '../../src/lexicon/import.js';
import type { Lexicon } from '../../src/lexicon/lexicon.js';
import { loadLexicon } from '../../src/lexicon/seed.js';
import { SHARED_VOCAB_FILES } from '../../src/lexicon/shared-files.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';

export async function lexiconWithSharedVocabularies(vocabDir: string): Promise<Lexicon> {
  const dataDir = await mkdtemp(join(tmpdir(), 'medkg-shared-lexicon-'));
  const store = await openSqliteStore({ dataDir });
  try {
    for (const file of SHARED_VOCAB_FILES) await importVocabularyFile(store, join(vocabDir, file));
    return await loadLexicon(store);
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
