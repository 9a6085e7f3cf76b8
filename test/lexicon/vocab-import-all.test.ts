import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importVocabularyFile } from '../../src/lexicon/import.js';
import { loadLexicon } from '../../src/lexicon/seed.js';
import { SHARED_VOCAB_FILES } from '../../src/lexicon/shared-files.js';
import { vocabularyStats } from '../../src/lexicon/stats.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { SHARED_VOCAB, hasSharedVocab } from './support.js';

describe.skipIf(!hasSharedVocab)('importing every vocabulary file of MANIFEST.md into one SQLite store', () => {
  it('imports them one after the other, reports stats per kind, and a lexicon of ≥ 100k names loads from the store', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'medkg-vocab-'));
    const store = await openSqliteStore({ dataDir });
    try {
      for (const file of SHARED_VOCAB_FILES) {
        const report = await importVocabularyFile(store, join(SHARED_VOCAB, file));
        expect(report.read, file).toBeGreaterThan(0);
      }
      const stats = await vocabularyStats(store.vocabulary());
      expect(stats.byKind['Gene']?.entries).toBe(43_882);
      expect(stats.byKind['Drug']?.entries).toBe(19_853);
      expect(stats.byKind['Test']?.entries).toBe(2_177);
      // Layperson synonyms of HP terms newer than hp.obo 2017 create those terms too.
      expect(stats.byKind['Phenotype']?.entries).toBeGreaterThanOrEqual(12_226 + 895);
      expect(stats.byKind['Disease']?.entries).toBeGreaterThan(11_501 + 12_004 + 25_000);
      expect(stats.total.names).toBeGreaterThan(300_000);

      const versionBefore = await store.vocabularyVersion();
      const again = await importVocabularyFile(store, join(SHARED_VOCAB, 'hp_layperson-synonyms.tsv'));
      expect(again.upserted).toBe(0);
      expect((await vocabularyStats(store.vocabulary())).total).toEqual(stats.total);
      expect(await store.vocabularyVersion()).toBe(versionBefore);

      const lexicon = await loadLexicon(store);
      expect(lexicon.size.names).toBeGreaterThan(100_000);
      expect(lexicon.entry('DOID:13533')?.id).toBe('MONDO:0017198');
      const matches = lexicon.findMatches('Variants in the TCIRG1 gene cause autosomal recessive osteopetrosis.');
      expect(matches.map((match) => match.id)).toEqual(['HGNC:11647', 'MONDO:0019026']);
    } finally {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 900_000);
});
