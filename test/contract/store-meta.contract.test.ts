// Contract: versions, reachability, stats, export streams, vocabulary and computed values.
import { expect, it } from 'vitest';
import type { VocabEntry } from '../../src/domain/vocabulary.js';
import { cysticFibrosis, interferonGamma1b, osteopetrosis } from '../fixtures/graphs/articles.js';
import * as n from '../fixtures/graphs/nodes.js';
import { collect, decision, describeContract } from './harness.js';

// Real entries, as the lexicon importer would write them (HGNC complete set, Disease Ontology).
const TCIRG1_ENTRY: VocabEntry = {
  id: 'HGNC:11647',
  kind: 'Gene',
  name: 'TCIRG1',
  synonyms: [
    { name: 'OC116', scope: 'alias_symbol' },
    { name: 'ATP6N1C', scope: 'alias_symbol' },
  ],
  xrefs: [],
  parents: [],
  replaces: [],
  description: 'T cell immune regulator 1, ATPase H+ transporting V0 subunit a3',
  source: 'HGNC',
};
const OSTEOPETROSIS_ENTRY: VocabEntry = {
  id: 'DOID:13533',
  kind: 'Disease',
  name: 'osteopetrosis',
  synonyms: [
    { name: 'Albers-Schonberg disease', scope: 'exact' },
    { name: 'marble bone', scope: 'exact' },
  ],
  xrefs: ['GARD:4155', 'ICD10CM:Q78.2'],
  parents: [],
  replaces: [],
  source: 'DOID',
  sourceVersion: '2024-01-31',
};

describeContract('store metadata, stats and streams', (context) => {
  it('reports a positive schema version that survives reopening', async () => {
    const version = await context().store.schemaVersion();
    expect(Number.isInteger(version) && version >= 1).toBe(true);
    expect(await (await context().reopen()).schemaVersion()).toBe(version);
  });

  it('changes the data version on every kind of write and not on reads', async () => {
    const { store } = context();
    const versions = [await store.dataVersion()];
    const expectChanged = async (): Promise<void> => {
      const version = await store.dataVersion();
      expect(versions).not.toContain(version);
      versions.push(version);
    };
    await store.replaceArticle(osteopetrosis);
    await expectChanged();
    await store.neighbours(n.osteopetrosis.id, {}, { first: 5 });
    await store.searchCandidates('osteo', undefined, 5);
    expect(await store.dataVersion()).toBe(versions.at(-1));
    await store.addCuratedEdge({ subject: n.clcn7.id, predicate: 'GENE_ASSOCIATED_WITH', object: n.osteopetrosis.id }, decision('ok'));
    await expectChanged();
    await store.upsertVocabulary([TCIRG1_ENTRY]);
    await expectChanged();
    await store.putComputed('related', new Map([['osteopetrosis', '[]']]));
    await expectChanged();
    await store.deleteArticle('osteopetrosis');
    await expectChanged();
  });

  it('pings while open and reports STORE_UNAVAILABLE once closed', async () => {
    const { store } = context();
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await expect(store.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('counts nodes by kind, edges by predicate, articles and the last ingest time', async () => {
    const { store, clock } = context();
    expect(await store.stats()).toEqual({ nodesByKind: {}, edgesByPredicate: {}, articles: 0, lastIngestAt: null });
    for (const graph of [osteopetrosis, interferonGamma1b, cysticFibrosis]) await store.replaceArticle(graph);
    expect(await store.stats()).toEqual({
      nodesByKind: { Article: 3, Disease: 3, Drug: 2, Gene: 3, Phenotype: 5, Procedure: 1, Test: 1 },
      edgesByPredicate: { ABOUT: 3, GENE_ASSOCIATED_WITH: 3, DIAGNOSES: 1, HAS_ADVERSE_EFFECT: 1, HAS_PHENOTYPE: 5, LINKS_TO: 2, MENTIONS: 15, TREATS: 4 },
      articles: 3,
      lastIngestAt: clock.last(),
    });
  });

  it('streams every node in id order and every edge with its evidence in key order', async () => {
    const { store } = context();
    for (const graph of [osteopetrosis, interferonGamma1b]) await store.replaceArticle(graph);
    const nodes = await collect(store.exportNodes());
    const ids = nodes.map((node) => node.id);
    expect(ids).toEqual([...ids].sort());
    expect(nodes.find((node) => node.id === n.tcirg1.id)).toEqual(n.tcirg1);
    const stats = await store.stats();
    expect(nodes).toHaveLength(Object.values(stats.nodesByKind).reduce((sum, count) => sum + count, 0));
    const edges = await collect(store.exportEdges());
    const keys = edges.map((edge) => `${edge.subject}\u0000${edge.predicate}\u0000${edge.object}`);
    expect(keys).toEqual([...keys].sort());
    expect(edges).toHaveLength(Object.values(stats.edgesByPredicate).reduce((sum, count) => sum + count, 0));
    const shared = edges.find((edge) => edge.subject === n.interferonGamma1b.id && edge.predicate === 'TREATS' && edge.object === n.osteopetrosis.id);
    expect(shared?.evidence.map((item) => [item.article, item.section, item.weight])).toEqual([
      ['interferon-gamma-1b', 'indications', 0.8],
      ['osteopetrosis', 'treatment', 0.5],
    ]);
    expect(shared).toMatchObject({ evidenceCount: 2, articleCount: 2, confidence: 0.9, curated: false });
  });

  it('round-trips vocabulary entries in id order and changes its version only when entries change', async () => {
    const { store } = context();
    const empty = await store.vocabularyVersion();
    await store.upsertVocabulary([TCIRG1_ENTRY, OSTEOPETROSIS_ENTRY]);
    expect(await collect(store.vocabulary())).toEqual([OSTEOPETROSIS_ENTRY, TCIRG1_ENTRY]);
    const loaded = await store.vocabularyVersion();
    expect(loaded).not.toBe(empty);
    await store.upsertVocabulary([OSTEOPETROSIS_ENTRY]);
    expect(await store.vocabularyVersion()).toBe(loaded);
    const renamed = { ...TCIRG1_ENTRY, synonyms: [...TCIRG1_ENTRY.synonyms, { name: 'TIRC7', scope: 'alias_symbol' as const }] };
    await store.upsertVocabulary([renamed]);
    expect(await store.vocabularyVersion()).not.toBe(loaded);
    expect(await collect(store.vocabulary())).toEqual([OSTEOPETROSIS_ENTRY, renamed]);
  });

  it('stores, reads and deletes precomputed values by namespace and key', async () => {
    const { store } = context();
    await store.putComputed('related', new Map([['osteopetrosis', '["interferon-gamma-1b"]'], ['cystic-fibrosis', '[]']]));
    await store.putComputed('pathway', new Map([['osteopetrosis', '{"steps":[]}']]));
    await store.putComputed('related', new Map([['cystic-fibrosis', '["osteopetrosis"]']]));
    expect(await store.getComputed('related', ['osteopetrosis', 'cystic-fibrosis', 'unknown'])).toEqual(
      new Map([
        ['osteopetrosis', '["interferon-gamma-1b"]'],
        ['cystic-fibrosis', '["osteopetrosis"]'],
      ]),
    );
    await store.deleteComputed('related', ['osteopetrosis']);
    expect(await store.getComputed('related', ['osteopetrosis', 'cystic-fibrosis'])).toEqual(new Map([['cystic-fibrosis', '["osteopetrosis"]']]));
    await store.deleteComputed('related');
    expect(await store.getComputed('related', ['cystic-fibrosis'])).toEqual(new Map());
    expect(await store.getComputed('pathway', ['osteopetrosis'])).toEqual(new Map([['osteopetrosis', '{"steps":[]}']]));
  });

  it('keeps everything written after the store is closed and opened again', async () => {
    const { store } = context();
    await store.replaceArticle(cysticFibrosis);
    const before = { nodes: await collect(store.exportNodes()), edges: await collect(store.exportEdges()) };
    const reopened = await context().reopen();
    expect({ nodes: await collect(reopened.exportNodes()), edges: await collect(reopened.exportEdges()) }).toEqual(before);
  });
});
