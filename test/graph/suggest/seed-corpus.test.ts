// The workbench on the real pipeline's output: the seed corpus plus four planted articles
// (test/graph/suggest/planted) that hide known gaps. Each must be found within the top 10 of
// its kind; a refresh after ingesting the planted articles must equal a full recompute; and
// decisions must hold through deleting and ingesting every article again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/graph.js';
import { expandSources } from '../../../src/ingest/batch/sources.js';
import { ingestBytes } from '../../../src/ingest/pipeline.js';
import { loadSiteProfile } from '../../../src/ingest/profile/load.js';
import { loadSeedLexicon } from '../../../src/lexicon/seed.js';
import { recomputeSuggestions, refreshSuggestions } from '../../../src/graph/suggest/refresh.js';
import { acceptSuggestion, getSuggestion, listSuggestions, rejectSuggestion } from '../../../src/graph/suggest/review.js';
import { readStoredSuggestions } from '../../../src/graph/suggest/stored.js';
import type { Suggestion, SuggestionKind } from '../../../src/graph/suggest/types.js';
import type { GraphStore } from '../../../src/store/port.js';
import { REPO_ROOT } from '../../fixtures/gold/gold-schema.js';
import { sqliteStoreFactory } from '../../support/stores.js';

const clock = (): Date => new Date(Date.UTC(2025, 3, 1));

async function deriveAll(folder: string): Promise<ArticleGraph[]> {
  const lexicon = await loadSeedLexicon();
  const profile = loadSiteProfile();
  const files = await expandSources([folder], REPO_ROOT);
  return files.flatMap((file) => ingestBytes(readFileSync(file), file, { profile, lexicon }));
}

function top10(suggestions: readonly Suggestion[], kind: SuggestionKind): Suggestion[] {
  return suggestions.filter((item) => item.kind === kind).slice(0, 10);
}

const isGba1Link = (item: Suggestion): boolean => item.articles[0] === 'gaucher-disease' && item.articles[1] === 'gba1-gene';
// The drug's id depends on the lexicon (a local id, or DrugBank's once the lexicon knows it).
const isImigluceraseSilence = (item: Suggestion): boolean =>
  item.entities[1] === 'MONDO:0018150' && item.explanation.toLowerCase().includes('imiglucerase treats gaucher disease') && item.explanation.includes('never mentions');
const isBrcaPair = (item: Suggestion): boolean => item.entities.includes('MONDO:0007254') && item.entities.includes('MONDO:0008315');

describe('suggestions over the seed corpus with planted gaps', () => {
  const factory = sqliteStoreFactory();
  let store: GraphStore;
  let seed: ArticleGraph[];
  let planted: ArticleGraph[];

  beforeAll(async () => {
    seed = await deriveAll(join(REPO_ROOT, 'seed/articles'));
    planted = await deriveAll(join(REPO_ROOT, 'test/graph/suggest/planted'));
    await factory.reset();
    store = await factory.open({ clock });
    for (const graph of seed) await store.replaceArticle(graph);
    await recomputeSuggestions(store, { clock });
    for (const graph of planted) await store.replaceArticle(graph);
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await factory.dispose();
  });

  it('refreshes after ingesting the planted articles to the same list a full recompute gives', async () => {
    await refreshSuggestions(store, planted.map((graph) => graph.article.id), { clock });
    const refreshed = await readStoredSuggestions(store);
    const full = await recomputeSuggestions(store, { clock });
    expect(full.opened).toBe(0);
    expect(full.closed).toBe(0);
    expect(await readStoredSuggestions(store)).toEqual(refreshed);
  });

  it('finds each planted gap within the top 10 of its kind', async () => {
    const all = await readStoredSuggestions(store);
    expect(top10(all, 'unlinked_mention').filter(isGba1Link)).toHaveLength(1);
    expect(top10(all, 'one_sided').filter(isImigluceraseSilence)).toHaveLength(1);
    expect(top10(all, 'predicted_link').filter(isBrcaPair)).toHaveLength(1);
  });

  it('keeps accepted and rejected suggestions decided after a full re-ingest', async () => {
    const all = await readStoredSuggestions(store);
    const link = all.find(isGba1Link);
    const pair = all.find(isBrcaPair);
    if (!link || !pair) throw new Error('planted suggestions missing');
    const at = clock().toISOString();
    await acceptSuggestion(store, link.id, { editor: 'dr.mensah', reason: 'gene page explains the cause', at }, {}, { clock });
    await rejectSuggestion(store, pair.id, { editor: 'dr.mensah', reason: 'shared genes, but distinct cancers', at });

    for (const id of (await store.articleHashes()).keys()) await store.deleteArticle(id);
    for (const graph of [...seed, ...planted]) await store.replaceArticle(graph);
    await recomputeSuggestions(store, { clock });

    const stored = await readStoredSuggestions(store);
    expect(stored.find(isBrcaPair)?.id).toBe(pair.id);
    const open = (await listSuggestions(store, {}, { first: 10_000 })).items.map((item) => item.suggestion.id);
    expect(open).not.toContain(pair.id);
    expect(open).not.toContain(link.id);
    expect((await getSuggestion(store, link.id)).status).toBe('accepted');
    expect((await store.curatedEdits()).map((edit) => edit.object)).toEqual(['medkg:article:gba1-gene']);
  }, 120_000);
});
