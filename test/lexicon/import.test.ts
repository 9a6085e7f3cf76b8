import { describe, expect, it } from 'vitest';
import { importVocabularyFile } from '../../src/lexicon/import.js';
import { MapVocabularyStore, fixture } from './support.js';

describe('importVocabularyFile', () => {
  it('adds layperson synonyms to HP entries whichever file comes first', async () => {
    const obofirst = new MapVocabularyStore();
    await importVocabularyFile(obofirst, fixture('hp-sample.obo'));
    await importVocabularyFile(obofirst, fixture('hp-layperson-sample.tsv'));
    const layfirst = new MapVocabularyStore();
    await importVocabularyFile(layfirst, fixture('hp-layperson-sample.tsv'));
    await importVocabularyFile(layfirst, fixture('hp-sample.obo'));
    for (const store of [obofirst, layfirst]) {
      const osteopetrosis = store.entries.get('HP:0011002');
      expect(osteopetrosis).toMatchObject({ name: 'Osteopetrosis', source: 'HPO', parents: ['HP:0011001'] });
      expect(osteopetrosis?.synonyms).toContainEqual({ name: 'Bones that are too dense and break easily', scope: 'layperson' });
      expect(osteopetrosis?.description).toMatch(/^An increase in bone density/u);
    }
  });

  it('is idempotent: importing the same file again writes nothing new', async () => {
    const store = new MapVocabularyStore();
    const first = await importVocabularyFile(store, fixture('doid-sample.obo'));
    const snapshot = JSON.stringify([...store.entries.values()]);
    const second = await importVocabularyFile(store, fixture('doid-sample.obo'));
    expect(first.upserted).toBe(2);
    expect(second.upserted).toBe(0);
    expect(JSON.stringify([...store.entries.values()])).toBe(snapshot);
  });

  it('applies replaced_by of an obsolete term that comes before its live term', async () => {
    const store = new MapVocabularyStore();
    await importVocabularyFile(store, fixture('doid-sample.obo'));
    expect(store.entries.get('DOID:0080094')?.replaces).toEqual(['DOID:0080091', 'DOID:0110300']);
  });

  it('patches GARD entries with xrefs and skips rows of GardIDs it does not hold', async () => {
    const store = new MapVocabularyStore();
    await importVocabularyFile(store, fixture('gard-sample.csv'));
    const report = await importVocabularyFile(store, fixture('gard-xrefs-sample.csv'));
    expect(report).toMatchObject({ format: 'gard-xrefs', skipped: 1, upserted: 1 });
    expect(store.entries.get('GARD:0000383')?.xrefs).toEqual(['ORPHA:53', 'SNOMEDCT:725050005', 'OMIM:166600', 'ICD10:Q78.2', 'UMLS:C3179239']);
  });

  it('records a kind conflict instead of dropping it silently', async () => {
    const store = new MapVocabularyStore();
    await importVocabularyFile(store, fixture('hp-sample.obo'));
    const report = await importVocabularyFile(store, fixture('hp-sample.obo'), { kind: 'Disease' });
    expect(report.conflicts).toHaveLength(3);
    expect(report.conflicts[0]).toMatchObject({ kind: 'kind-mismatch', id: 'HP:0001903' });
  });

  it('keeps HumanDO additions from overriding the OBO name of a term', async () => {
    const store = new MapVocabularyStore();
    await importVocabularyFile(store, fixture('doid-sample.obo'));
    await importVocabularyFile(store, fixture('do-humando-sample.tsv'));
    expect(store.entries.get('DOID:13533')).toMatchObject({ name: 'osteopetrosis', parents: ['DOID:4254'] });
    expect(store.entries.get('DOID:0110937')).toMatchObject({ name: 'autosomal dominant osteopetrosis 1', parents: ['DOID:13533'] });
  });
});
