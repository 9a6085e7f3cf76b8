// Pair kinds (predicted links, co-mentions) keep each entity's best open findings only. On the
// seed corpus with one place per entity, so the cap decides often: the queue holds exactly each
// entity's best finding; a refresh after ingesting the planted articles, after deleting or
// ingesting any one article, and after a rejection gives the list a full recompute gives; a
// rejection brings the end's next best in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/graph.js';
import { computeSuggestions, pairEnds } from '../../../src/graph/suggest/compute.js';
import { recomputeSuggestions, refreshSuggestions, type RefreshOptions } from '../../../src/graph/suggest/refresh.js';
import { rejectSuggestion } from '../../../src/graph/suggest/review.js';
import { loadSnapshot } from '../../../src/graph/suggest/snapshot.js';
import { readStoredSuggestions } from '../../../src/graph/suggest/stored.js';
import type { Suggestion, SuggestionKind } from '../../../src/graph/suggest/types.js';
import { expandSources } from '../../../src/ingest/batch/sources.js';
import { ingestBytes } from '../../../src/ingest/pipeline.js';
import { loadSiteProfile } from '../../../src/ingest/profile/load.js';
import { loadSeedLexicon } from '../../../src/lexicon/seed.js';
import type { GraphStore } from '../../../src/store/port.js';
import { REPO_ROOT } from '../../fixtures/gold/gold-schema.js';
import { sqliteStoreFactory } from '../../support/stores.js';

const clock = (): Date => new Date(Date.UTC(2025, 4, 1));
const ONE_PLACE: RefreshOptions = { clock, perEntity: 1 };
const PAIR_KINDS: readonly SuggestionKind[] = ['predicted_link', 'co_mentioned'];


async function deriveAll(folder: string): Promise<ArticleGraph[]> {
  const lexicon = await loadSeedLexicon();
  const profile = loadSiteProfile();
  const files = await expandSources([folder], REPO_ROOT);
  return files.flatMap((file) => ingestBytes(readFileSync(file), file, { profile, lexicon }));
}

/** Each entity's best finding of a kind, from the uncapped list (ranked best first). */
function bestPerEnd(uncapped: readonly Suggestion[]): Map<string, Suggestion> {
  const best = new Map<string, Suggestion>();
  for (const suggestion of uncapped) for (const end of pairEnds(suggestion) ?? []) if (!best.has(end)) best.set(end, suggestion);
  return best;
}

describe('pair findings capped per entity over the seed corpus', () => {
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
    await recomputeSuggestions(store, ONE_PLACE);
    for (const graph of planted) await store.replaceArticle(graph);
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await factory.dispose();
  });

  it('keeps exactly the best finding of each entity, where an unlimited list has more', async () => {
    const snapshot = await loadSnapshot(store);
    for (const kind of PAIR_KINDS) {
      const uncapped = computeSuggestions(snapshot, { kinds: [kind], perEntity: Number.POSITIVE_INFINITY });
      const capped = computeSuggestions(snapshot, { kinds: [kind], perEntity: 1 });
      const best = bestPerEnd(uncapped);
      expect(new Set(capped.map((item) => item.id))).toEqual(new Set([...best.values()].map((item) => item.id)));
      expect(capped.length).toBeLessThan(uncapped.length);
      // The two best of a kind always keep their place: only the best can outrank the second in a list.
      expect(capped.slice(0, 2)).toEqual(uncapped.slice(0, 2));
    }
  });

  it('refreshes after ingesting the planted articles to the list a full recompute gives', async () => {
    await refreshSuggestions(store, planted.map((graph) => graph.article.id), ONE_PLACE);
    const refreshed = await readStoredSuggestions(store);
    const full = await recomputeSuggestions(store, ONE_PLACE);
    expect(full.opened).toBe(0);
    expect(full.closed).toBe(0);
    expect(await readStoredSuggestions(store)).toEqual(refreshed);
  });

  // Predicted links over every article; co-mentions (sentence splitting makes them slow to
  // compute) over the planted ones.
  it.each([
    ['predicted_link', () => [...seed, ...planted]],
    ['co_mentioned', () => planted],
  ] as const)('refreshes %s exactly after each article is deleted and ingested again, one at a time', async (kind, graphs) => {
    const options: RefreshOptions = { ...ONE_PLACE, kinds: [kind] };
    const full = async (): Promise<Suggestion[]> => computeSuggestions(await loadSnapshot(store), { kinds: [kind], perEntity: 1 });
    for (const graph of graphs()) {
      await store.deleteArticle(graph.article.id);
      await refreshSuggestions(store, [graph.article.id], options);
      expect(await readStoredSuggestions(store, [kind])).toEqual(await full());
      await store.replaceArticle(graph);
      await refreshSuggestions(store, [graph.article.id], options);
      expect(await readStoredSuggestions(store, [kind])).toEqual(await full());
    }
  }, 120_000);

  it('brings an end’s next best finding in when its best is rejected, and keeps the rejected one stored', async () => {
    const snapshot = await loadSnapshot(store);
    const uncapped = computeSuggestions(snapshot, { kinds: ['predicted_link'], perEntity: Number.POSITIVE_INFINITY });
    const stored = await readStoredSuggestions(store, ['predicted_link']);
    // A stored finding whose first end has a runner-up that no other end holds a place for.
    const listOf = (end: string): Suggestion[] => uncapped.filter((item) => pairEnds(item)?.includes(end));
    const storedIds = new Set(stored.map((item) => item.id));
    const target = stored.find((item) => {
      const runnerUp = listOf(pairEnds(item)?.[0] ?? '')[1];
      return listOf(pairEnds(item)?.[0] ?? '')[0]?.id === item.id && runnerUp !== undefined && !storedIds.has(runnerUp.id);
    });
    if (!target) throw new Error('no entity with a runner-up outside the queue');
    const runnerUp = listOf(pairEnds(target)?.[0] ?? '')[1] as Suggestion;

    await rejectSuggestion(store, target.id, { editor: 'dr.ito', reason: 'coincidental neighbours', at: clock().toISOString() }, ONE_PLACE);
    const refreshed = await readStoredSuggestions(store);
    expect(refreshed.map((item) => item.id)).toEqual(expect.arrayContaining([target.id, runnerUp.id]));
    const full = await recomputeSuggestions(store, ONE_PLACE);
    expect(full.opened).toBe(0);
    expect(full.closed).toBe(0);
    expect(await readStoredSuggestions(store)).toEqual(refreshed);
  });
});
