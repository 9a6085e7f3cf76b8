import type { GraphStore } from '../store/port.js';
import { recomputeRelated } from './related/related.js';
import { refreshSuggestions } from './suggest/refresh.js';

export interface DerivedRefresh {
  readonly relatedArticles: number;
  readonly suggestionsOpened: number;
  readonly suggestionsClosed: number;
}

/**
 * Brings every precomputed result up to date after articles changed (ingested, re-derived,
 * deleted, pruned): related-article lists of the changed articles and of those sharing an entity
 * with them, and the editors' suggestions those articles can affect. One place, so the CLI,
 * `npm start` and the API mutations keep the same derived state.
 */
export async function refreshAfterArticlesChanged(store: GraphStore, changedArticleIds: readonly string[]): Promise<DerivedRefresh> {
  if (changedArticleIds.length === 0) return { relatedArticles: 0, suggestionsOpened: 0, suggestionsClosed: 0 };
  const related = await recomputeRelated(store, changedArticleIds);
  const suggestions = await refreshSuggestions(store, changedArticleIds);
  return { relatedArticles: related.articles, suggestionsOpened: suggestions.opened, suggestionsClosed: suggestions.closed };
}
