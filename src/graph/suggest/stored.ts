import type { GraphStore } from '../../store/port.js';
import { compareSuggestions, SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from './types.js';

/**
 * Where computed suggestions live: the store's key/value space for precomputed results, each
 * kind's list under its own keys, so every API replica reads the same list and a reference
 * import can replace just the authoritative kinds. Suggestions are derived data (a full
 * recompute rebuilds them); decisions, which are not, live in the store's decision log.
 */
const SUGGESTIONS = 'suggestions';
/** Article slug → the entities it named when suggestions were last computed (for refresh). */
const ARTICLE_ENTITIES = 'suggestions:article-entities';
/** Suggestion id → when and why it closed (its cause disappeared). */
const CLOSED = 'suggestions:closed';

/**
 * Suggestions per stored entry. A kind's list is written in chunks under `kind/0`, `kind/1`…,
 * with `{ chunks }` under `kind`: no single value grows with the corpus (the embedded store
 * reads a whole neighbouring value on a key lookup beside it, so one list of megabytes made
 * every lookup near it slow).
 */
const CHUNK = 50;

interface ChunkedList {
  readonly chunks: number;
}

function chunkKey(kind: SuggestionKind, index: number): string {
  return `${kind}/${index}`;
}

/** A kind's head entry: the number of chunks, or the whole list as stores wrote it before chunking. */
function parseHead(value: string): ChunkedList | Suggestion[] {
  return JSON.parse(value) as ChunkedList | Suggestion[];
}

export interface ClosedSuggestion {
  readonly id: string;
  readonly kind: SuggestionKind;
  readonly explanation: string;
  readonly closedAt: string;
}

export async function readStoredSuggestions(store: GraphStore, kinds: readonly SuggestionKind[] = SUGGESTION_KINDS): Promise<Suggestion[]> {
  const heads = await store.getComputed(SUGGESTIONS, kinds);
  const result: Suggestion[] = [];
  const keys: string[] = [];
  for (const kind of kinds) {
    const head = heads.get(kind);
    if (head === undefined) continue;
    const parsed = parseHead(head);
    if (Array.isArray(parsed)) result.push(...parsed);
    else for (let index = 0; index < parsed.chunks; index += 1) keys.push(chunkKey(kind, index));
  }
  for (const value of (await store.getComputed(SUGGESTIONS, keys)).values()) result.push(...(JSON.parse(value) as Suggestion[]));
  return result.sort(compareSuggestions);
}

/** Whether suggestions were ever computed in this store (a refresh needs a full list to start from). */
export async function hasStoredSuggestions(store: GraphStore): Promise<boolean> {
  return (await store.getComputed(SUGGESTIONS, SUGGESTION_KINDS)).size > 0;
}

/**
 * Writes the given kinds' lists whole (kinds with no suggestion become empty lists): heads and
 * chunks in one write, then the chunks past a list's new end are deleted.
 */
export async function writeStoredSuggestions(store: GraphStore, kinds: readonly SuggestionKind[], suggestions: readonly Suggestion[]): Promise<void> {
  const before = await store.getComputed(SUGGESTIONS, kinds);
  const byKind = new Map<SuggestionKind, Suggestion[]>(kinds.map((kind) => [kind, []]));
  for (const suggestion of suggestions) byKind.get(suggestion.kind)?.push(suggestion);
  const entries = new Map<string, string>();
  const stale: string[] = [];
  for (const [kind, list] of byKind) {
    list.sort(compareSuggestions);
    const chunks = Math.ceil(list.length / CHUNK);
    entries.set(kind, JSON.stringify({ chunks } satisfies ChunkedList));
    for (let index = 0; index < chunks; index += 1) entries.set(chunkKey(kind, index), JSON.stringify(list.slice(index * CHUNK, (index + 1) * CHUNK)));
    const head = before.get(kind);
    const parsed = head === undefined ? [] : parseHead(head);
    for (let index = chunks; index < (Array.isArray(parsed) ? 0 : parsed.chunks); index += 1) stale.push(chunkKey(kind, index));
  }
  await store.putComputed(SUGGESTIONS, entries);
  if (stale.length > 0) await store.deleteComputed(SUGGESTIONS, stale);
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

/**
 * Reopened findings (the cause came back) are no longer closed. Only those recorded as closed
 * are deleted: a first computation opens every finding, and a lookup costs far less than a delete.
 */
export async function forgetClosed(store: GraphStore, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const closed = await store.getComputed(CLOSED, ids);
  if (closed.size > 0) await store.deleteComputed(CLOSED, [...closed.keys()]);
}
