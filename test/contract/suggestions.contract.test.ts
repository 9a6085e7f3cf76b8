// The editors' workbench layer of the port: reference relations kept apart from the graph, and
// the decision log, which survives re-ingest and reopening. Both stores answer alike, and
// suggestions computed from either store are the same list.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeSuggestions } from '../../src/graph/suggest/compute.js';
import { loadSnapshot } from '../../src/graph/suggest/snapshot.js';
import { loadReferenceFile } from '../../src/graph/reference/loaders.js';
import type { ReferenceRow, SuggestionDecision } from '../../src/store/port.js';
import { REPO_ROOT } from '../fixtures/gold/gold-schema.js';
import { workbenchCorpus } from '../graph/suggest/corpus.js';
import { storeFactories } from '../support/stores.js';
import { collect, describeContract } from './harness.js';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/reference');

async function clingenRows(): Promise<ReferenceRow[]> {
  return (await loadReferenceFile(join(FIXTURES, 'clingen-sample.csv'))).relations;
}

function decisionOn(suggestion: string, verdict: SuggestionDecision['verdict'], second: number): SuggestionDecision {
  return {
    suggestion,
    kind: 'unlinked_mention',
    verdict,
    editor: 'dr.rahman',
    reason: verdict === 'accepted' ? 'the gene page explains the cause' : 'link already in the sidebar',
    at: new Date(Date.UTC(2025, 5, 1, 12, 0, second)).toISOString(),
    detail: JSON.stringify({ id: suggestion }),
  };
}

describeContract('workbench', (context) => {
  it('stores a reference source apart from the graph and gives its rows back in file order', async () => {
    const { store } = context();
    const rows = await clingenRows();
    await store.replaceReferenceRelations('ClinGen', rows);
    expect(await store.referenceRelations()).toEqual(rows);
    expect(await store.referenceRelations(['GARD'])).toEqual([]);
    expect(await collect(store.exportEdges())).toEqual([]);
    expect(await collect(store.exportNodes())).toEqual([]);
    expect((await store.stats()).edgesByPredicate).toEqual({});
  }, 120_000);

  it('replaces only the named source when it is imported again', async () => {
    const { store } = context();
    const rows = await clingenRows();
    const gard = (await loadReferenceFile(join(FIXTURES, 'gard-genes-sample.csv'))).relations;
    await store.replaceReferenceRelations('ClinGen', rows);
    await store.replaceReferenceRelations('GARD', gard);
    await store.replaceReferenceRelations('ClinGen', rows.slice(0, 2));
    expect(await store.referenceRelations(['ClinGen'])).toEqual(rows.slice(0, 2));
    expect(await store.referenceRelations()).toEqual([...rows.slice(0, 2), ...gard]);
  });

  it('keeps every decision, oldest first, once per (suggestion, verdict, time), across re-ingest and reopening', async () => {
    const before = await context().store.dataVersion();
    const rejected = decisionOn('sg_aaaaaaaaaaaaaaaaaaaa', 'rejected', 1);
    const accepted = decisionOn('sg_bbbbbbbbbbbbbbbbbbbb', 'accepted', 0);
    await context().store.recordDecision(rejected);
    await context().store.recordDecision(accepted);
    await context().store.recordDecision(rejected);
    expect(await context().store.dataVersion()).not.toBe(before);
    for (const graph of workbenchCorpus().slice(0, 2)) await context().store.replaceArticle(graph);
    await context().store.deleteArticle('gba1-gene');
    const reopened = await context().reopen();
    expect(await reopened.decisions()).toEqual([accepted, rejected]);
  }, 120_000);
});

describe('Both stores give the same suggestions', () => {
  const factories = storeFactories().filter((factory) => factory.available);
  it.runIf(factories.length === 2)('computes the same ranked list from the SQLite and the Neo4j store', async () => {
    const reference = (await Promise.all(['clingen-sample.csv', 'pharmacotherapydb-sample.tsv'].map((file) => loadReferenceFile(join(FIXTURES, file))))).flatMap(
      (loaded) => loaded.relations,
    );
    const lists = [];
    for (const factory of factories) {
      await factory.reset();
      const store = await factory.open({ clock: () => new Date(Date.UTC(2025, 0, 1)) });
      try {
        for (const graph of workbenchCorpus()) await store.replaceArticle(graph);
        lists.push(computeSuggestions(await loadSnapshot(store), { reference }));
      } finally {
        await store.close();
        await factory.dispose();
      }
    }
    expect(lists[0]?.length).toBeGreaterThan(10);
    expect(lists[1]).toEqual(lists[0]);
  }, 120_000);
});
