import type { GraphStore } from '../../store/port.js';
import { compareSuggestions, SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from './types.js';

/**
 * Where computed suggestions live: the store's key/value space for precomputed results, one
 * entry per kind, so every API replica reads the same list and a reference import can replace
 * just the authoritative kinds. Suggestions are derived data (a full recompute rebuilds them);
 * decisions, which are not, live in the store's decision log.
 */
const SUGGESTIONS = 'suggestions';
/** Article slug → the entities it named when suggestions were last computed (for refresh). */
const ARTICLE_ENTITIES = 'suggestions:article-entities';
/** Suggestion id → when and why it closed (its cause disappeared). */
const CLOSED = 'suggestions:closed';

export interface ClosedSuggestion {
  readonly id: string;
  readonly kind: SuggestionKind;
  readonly explanation: string;
  readonly closedAt: string;
}

export async function readStoredSuggestions(store: GraphStore, kinds: readonly SuggestionKind[] = SUGGESTION_KINDS): Promise<Suggestion[]> {
  const stored = await store.getComputed(SUGGESTIONS, kinds);
  return kinds.flatMap((kind) => JSON.parse(stored.get(kind) ?? '[]') as Suggestion[]).sort(compareSuggestions);
}

/** Whether suggestions were ever computed in this store (a refresh needs a full list to start from). */
export async function hasStoredSuggestions(store: GraphStore): Promise<boolean> {
  return (await store.getComputed(SUGGESTIONS, SUGGESTION_KINDS)).size > 0;
}

/** Writes the given kinds' lists whole (kinds with no suggestion become empty lists). */
export async function writeStoredSuggestions(store: GraphStore, kinds: readonly SuggestionKind[], suggestions: readonly Suggestion[]): Promise<void> {
  const entries = new Map(kinds.map((kind) => [kind, JSON.stringify(suggestions.filter((item) => item.kind === kind).sort(compareSuggestions))]));
  await store.putComputed(SUGGESTIONS, entries);
}

export async function readArticleEntities(store: GraphStore, slugs: readonly string[]): Promise<Map<string, string[]>> {
  const stored = await store.getComputed(ARTICLE_ENTITIES, slugs);
  return new Map([...stored].map(([slug, value]) => [slug, JSON.parse(value) as string[]]));
}

export async function writeArticleEntities(store: GraphStore, entities: ReadonlyMap<string, readonly string[]>, gone: readonly string[]): Promise<void> {
  if (entities.size > 0) await store.putComputed(ARTICLE_ENTITIES, new Map([...entities].map(([slug, ids]) => [slug, JSON.stringify(ids)])));
  if (gone.length > 0) await store.deleteComputed(ARTICLE_ENTITIES, gone);
}

export async function recordClosed(store: GraphStore, closed: readonly ClosedSuggestion[]): Promise<void> {
  if (closed.length > 0) await store.putComputed(CLOSED, new Map(closed.map((item) => [item.id, JSON.stringify(item)])));
}

export async function readClosed(store: GraphStore, ids: readonly string[]): Promise<Map<string, ClosedSuggestion>> {
  const stored = await store.getComputed(CLOSED, ids);
  return new Map([...stored].map(([id, value]) => [id, JSON.parse(value) as ClosedSuggestion]));
}

/** Reopened findings (the cause came back) are no longer closed. */
export async function forgetClosed(store: GraphStore, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await store.deleteComputed(CLOSED, ids);
}
