import { notFound } from '../../domain/errors.js';
import type { GraphStore } from '../../store/port.js';
import { batches } from '../pages.js';
import { buildCorpusModel } from './features.js';
import type { CorpusModel } from './model.js';
import { RelatedScorer, scoreRelatedArticles } from './rank.js';
import type { RelatedArticleScore } from './score.js';

/** Namespace of the precomputed lists in the store's key/value table. */
export const RELATED_NAMESPACE = 'related-articles';
/** How many related articles are kept per article; `first` is capped at this. */
export const RELATED_KEPT = 20;

export interface RecomputeSummary {
  /** Articles whose list was written. */
  readonly articles: number;
}

/**
 * Recomputes the stored related-article lists. Without ids: every article (a full recompute).
 * With ids (the articles one ingest batch changed): those articles and every article that
 * shares an entity with them, since entity weights are global. Lists live in the store, so
 * every API replica serves the same answer.
 */
export async function recomputeRelated(store: GraphStore, articleIds?: readonly string[]): Promise<RecomputeSummary> {
  const model = await buildCorpusModel(store);
  let targets: string[];
  if (articleIds === undefined) {
    targets = [...model.ids];
    await store.deleteComputed(RELATED_NAMESPACE);
  } else {
    const gone = articleIds.filter((id) => !model.indexOf.has(id));
    if (gone.length > 0) await store.deleteComputed(RELATED_NAMESPACE, gone);
    targets = articlesSharingAnEntity(model, articleIds);
  }
  const scorer = new RelatedScorer(model);
  for (const batch of batches(targets, 200)) {
    const entries = new Map(batch.map((id) => [id, JSON.stringify(scorer.related(id, RELATED_KEPT))]));
    await store.putComputed(RELATED_NAMESPACE, entries);
  }
  return { articles: targets.length };
}

/** The given articles still in the model and every article naming an entity they name, sorted. */
function articlesSharingAnEntity(model: CorpusModel, articleIds: readonly string[]): string[] {
  const { articleEntities, entityArticles } = model;
  const affected = new Set<number>();
  for (const id of articleIds) {
    const article = model.indexOf.get(id);
    if (article === undefined) continue;
    affected.add(article);
    for (let at = articleEntities.offsets[article] as number; at < (articleEntities.offsets[article + 1] as number); at += 1) {
      const entity = articleEntities.keys[at] as number;
      for (let posting = entityArticles.offsets[entity] as number; posting < (entityArticles.offsets[entity + 1] as number); posting += 1) {
        affected.add(entityArticles.keys[posting] as number);
      }
    }
  }
  return [...affected].sort((a, b) => a - b).map((article) => model.ids[article] ?? '');
}

async function readOrCompute(store: GraphStore, articleId: string): Promise<RelatedArticleScore[]> {
  const stored = (await store.getComputed(RELATED_NAMESPACE, [articleId])).get(articleId);
  if (stored !== undefined) return JSON.parse(stored) as RelatedArticleScore[];
  const [record] = await store.getArticles([articleId]);
  if (!record) throw notFound(`no article "${articleId}"`);
  // Not precomputed yet (ingested by a path that did not recompute): compute and keep it.
  const model = await buildCorpusModel(store);
  const scores = scoreRelatedArticles(model, articleId, RELATED_KEPT);
  await store.putComputed(RELATED_NAMESPACE, new Map([[articleId, JSON.stringify(scores)]]));
  return scores;
}

/**
 * The best `first` related articles of an article, best first, ties by id; articles deleted
 * since the list was computed are left out. Throws NOT_FOUND for an unknown article.
 */
export async function getRelatedArticles(store: GraphStore, articleId: string, first: number): Promise<RelatedArticleScore[]> {
  const scores = await readOrCompute(store, articleId);
  const present = await store.getArticles(scores.map((score) => score.article));
  return scores.filter((_, index) => present[index] !== null).slice(0, Math.min(first, RELATED_KEPT));
}

/**
 * Articles that name any entity the given articles name: the lists an ingest or a delete of
 * those articles can change. Read it before a delete, while the article's entities are known.
 */
export async function articlesSharingEntities(store: GraphStore, articleIds: readonly string[]): Promise<string[]> {
  const named = await store.articleEntities(articleIds);
  const entities = [...new Set([...named.values()].flat().map((entity) => entity.entity))];
  const sharing = new Set<string>(articleIds);
  for (const batch of batches(entities)) {
    for (const articles of (await store.articlesMentioning(batch)).values()) for (const id of articles) sharing.add(id);
  }
  return [...sharing].sort();
}
