import { MedkgError, notFound } from '../../domain/errors.js';
import type { EditorDecision, GraphStore, SuggestionDecision } from '../../store/port.js';
import { readCurrentDecisions } from '../decisions/current.js';
import { applyAction, chooseAction, type AcceptChoices } from './actions.js';
import { pairEnds } from './compute.js';
import { refreshEntities, type RefreshOptions } from './refresh.js';
import { readClosed, readStoredSuggestions } from './stored.js';
import { SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from './types.js';

export type SuggestionStatus = 'open' | 'accepted' | 'rejected' | 'closed';

export interface SuggestionFilter {
  readonly kinds?: readonly SuggestionKind[] | undefined;
  readonly minScore?: number | undefined;
  /** Include decided suggestions too (default: only open ones, the review queue). */
  readonly includeDecided?: boolean | undefined;
}

export interface SuggestionPage {
  readonly items: { readonly suggestion: Suggestion; readonly status: SuggestionStatus; readonly decision?: SuggestionDecision }[];
  /** Cursor of each item (its id); pass the last as `after`. */
  readonly cursors: string[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/**
 * The review queue: stored suggestions, highest score first (ties by id), without those an
 * editor already decided. `after` is the id of the last item of the previous page.
 */
export async function listSuggestions(store: GraphStore, filter: SuggestionFilter, page: { first: number; after?: string | undefined }): Promise<SuggestionPage> {
  const [all, decided] = await Promise.all([readStoredSuggestions(store, filter.kinds ?? SUGGESTION_KINDS), readCurrentDecisions(store)]);
  const matching = all.filter((item) => item.score >= (filter.minScore ?? 0) && (filter.includeDecided === true || !decided.has(item.id)));
  let start = 0;
  if (page.after !== undefined) {
    const index = matching.findIndex((item) => item.id === page.after);
    if (index < 0) throw new MedkgError('BAD_USER_INPUT', 'unknown cursor: the suggestion list changed, start again');
    start = index + 1;
  }
  const slice = matching.slice(start, start + page.first);
  return {
    items: slice.map((suggestion) => {
      const decision = decided.get(suggestion.id);
      return decision ? { suggestion, status: decision.verdict, decision } : { suggestion, status: 'open' as const };
    }),
    cursors: slice.map((item) => item.id),
    hasNextPage: start + page.first < matching.length,
    totalCount: matching.length,
  };
}

/** A suggestion by id with its status: open, decided, or closed because its cause disappeared. */
export async function getSuggestion(store: GraphStore, id: string): Promise<{ suggestion: Suggestion | null; status: SuggestionStatus; decision?: SuggestionDecision }> {
  const [all, decided, closed] = await Promise.all([readStoredSuggestions(store), readCurrentDecisions(store), readClosed(store, [id])]);
  const suggestion = all.find((item) => item.id === id) ?? null;
  const decision = decided.get(id);
  if (decision) return { suggestion: suggestion ?? (JSON.parse(decision.detail) as Suggestion), status: decision.verdict, decision };
  if (suggestion) return { suggestion, status: 'open' };
  if (closed.has(id)) return { suggestion: null, status: 'closed' };
  throw notFound(`no suggestion ${id}`);
}

async function openSuggestion(store: GraphStore, id: string): Promise<Suggestion> {
  const found = await getSuggestion(store, id);
  if (found.status !== 'open' || !found.suggestion) {
    throw new MedkgError('CONFLICT', `suggestion ${id} is ${found.status}${found.decision ? ` (by ${found.decision.editor})` : ''}`);
  }
  return found.suggestion;
}

/**
 * Accepts a suggestion: applies its action (curated edge, retraction, lexicon entry or merge,
 * as the editor may adjust it), records who, when and why, and refreshes what the change can
 * affect. The decision stays with the suggestion's stable id through re-ingest and rebuilds.
 */
export async function acceptSuggestion(store: GraphStore, id: string, decision: EditorDecision, choices: AcceptChoices = {}, options: RefreshOptions = {}): Promise<SuggestionDecision> {
  const suggestion = await openSuggestion(store, id);
  const action = await chooseAction(store, suggestion.action, choices);
  await applyAction(store, action, decision);
  const recorded: SuggestionDecision = { ...decision, suggestion: id, kind: suggestion.kind, verdict: 'accepted', detail: JSON.stringify({ ...suggestion, action }) };
  await store.recordDecision(recorded);
  if (action.type !== 'editorial') await refreshEntities(store, new Set(suggestion.entities), options);
  else await refillPlaces(store, suggestion, options);
  return recorded;
}

/**
 * A decided finding of a pair kind gives up its place in its ends' lists (capped.ts): refresh
 * those lists so the next best finding of each end comes into the queue.
 */
async function refillPlaces(store: GraphStore, suggestion: Suggestion, options: RefreshOptions): Promise<void> {
  const ends = pairEnds(suggestion);
  if (ends) await refreshEntities(store, new Set(ends), { ...options, kinds: [suggestion.kind] });
}

/** Rejects a suggestion: it never comes back in the queue, whatever is re-ingested. */
export async function rejectSuggestion(store: GraphStore, id: string, decision: EditorDecision, options: RefreshOptions = {}): Promise<SuggestionDecision> {
  const suggestion = await openSuggestion(store, id);
  const recorded: SuggestionDecision = { ...decision, suggestion: id, kind: suggestion.kind, verdict: 'rejected', detail: JSON.stringify(suggestion) };
  await store.recordDecision(recorded);
  await refillPlaces(store, suggestion, options);
  return recorded;
}
