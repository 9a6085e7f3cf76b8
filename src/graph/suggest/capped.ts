import type { GraphSnapshot } from './snapshot.js';
import type { Suggestion, SuggestionKind } from './types.js';

/**
 * How many open findings of a pair kind (predicted links, co-mentions) each entity keeps in the
 * review queue. Pair kinds grow with the square of an entity's neighbourhood (two hundred
 * diseases sharing a symptom are twenty thousand pairs), while an editor reviews an entity's
 * few best leads and then moves on. A finding stays when it is among the best of either of its
 * two ends, so the queue holds at most this many per entity and kind, and each entity's best
 * lead is always there. Decided findings take no place: rejecting one brings the next in.
 *
 * No cap is global on purpose: a finding's place then depends only on the findings of its own
 * two ends, which is what lets a refresh after an ingest or a decision update the queue exactly
 * (see refreshPairs) instead of recomputing everything.
 */
const PER_ENTITY = 5;

/** A finding of a pair kind before it is written out: enough to rank it. */
export interface PairCandidate {
  readonly id: string;
  readonly score: number;
  /** The two entities the finding joins; it competes for a place in both their lists. */
  readonly ends: readonly [string, string];
}

/** A finder of a pair kind, split so that only the findings that keep a place are written out. */
export interface PairFinder<C extends PairCandidate> {
  readonly kind: SuggestionKind;
  /** Every candidate with an end in `ends` (every candidate when null), each once. */
  candidates(snapshot: GraphSnapshot, ends: ReadonlySet<string> | null): Iterable<C>;
  /**
   * Entities that can end a candidate involving one of `affected` (as an end, or otherwise, like
   * the shared neighbour of a predicted link). A superset is fine; it only costs time.
   */
  reach(snapshot: GraphSnapshot, affected: ReadonlySet<string>): Iterable<string>;
  build(snapshot: GraphSnapshot, candidate: C): Suggestion;
  /** The two ends of a written finding (the same two as its candidate's). */
  endsOf(suggestion: Suggestion): readonly [string, string];
}

export interface CapOptions {
  /** Places per entity (PER_ENTITY by default). */
  readonly perEntity?: number | undefined;
  /** Ids of decided suggestions: kept when still found, but they take no place. */
  readonly decided?: ReadonlySet<string> | undefined;
}

function ranksBefore(a: { id: string; score: number }, b: { id: string; score: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}

/** Best `size` items per entity, by score then id; each list stays sorted and short. */
class BestPerEntity<T extends { id: string; score: number }> {
  readonly #lists = new Map<string, T[]>();
  constructor(readonly size: number) {}

  offer(entity: string, item: T): void {
    const list = this.#lists.get(entity);
    if (!list) {
      if (this.size > 0) this.#lists.set(entity, [item]);
      return;
    }
    const last = list[list.length - 1];
    if (list.length >= this.size && (!last || !ranksBefore(item, last))) return;
    let index = list.length;
    while (index > 0 && ranksBefore(item, list[index - 1] as T)) index -= 1;
    list.splice(index, 0, item);
    if (list.length > this.size) list.pop();
  }

  *items(): Iterable<T> {
    for (const list of this.#lists.values()) yield* list;
  }
}

/** Candidates → the findings that keep a place, given the lists each candidate competes in. */
function choose<C extends PairCandidate>(candidates: Iterable<C>, competes: (end: string) => boolean, options: CapOptions): Map<string, C> {
  const best = new BestPerEntity<C>(options.perEntity ?? PER_ENTITY);
  const chosen = new Map<string, C>();
  for (const candidate of candidates) {
    if (options.decided?.has(candidate.id)) {
      chosen.set(candidate.id, candidate);
      continue;
    }
    for (const end of candidate.ends) if (competes(end)) best.offer(end, candidate);
  }
  for (const candidate of best.items()) chosen.set(candidate.id, candidate);
  return chosen;
}

/** Every finding of a pair kind that keeps a place, over the whole graph. */
export function findCapped<C extends PairCandidate>(finder: PairFinder<C>, snapshot: GraphSnapshot, options: CapOptions): Suggestion[] {
  return [...choose(finder.candidates(snapshot, null), () => true, options).values()].map((candidate) => finder.build(snapshot, candidate));
}

/**
 * The findings of a pair kind after a change at `affected`, from the previous list of that kind:
 * the same list findCapped gives on the new graph, when `previous` was computed with the same
 * cap and every decision since then was followed by a refresh of its finding's ends.
 *
 * A list changes only when one of its candidates does, and every changed candidate involves an
 * affected entity. So the lists of the ends of such candidates (found now, or stored before) are
 * recomputed whole; every other entity's list is what it was, and since each of its best
 * findings was stored, its best open stored findings are its list.
 */
export function refreshCapped<C extends PairCandidate>(
  finder: PairFinder<C>,
  snapshot: GraphSnapshot,
  previous: readonly Suggestion[],
  affected: ReadonlySet<string>,
  options: CapOptions,
): Suggestion[] {
  const recomputed = new Set([...affected, ...finder.reach(snapshot, affected)]);
  for (const suggestion of previous) {
    if (suggestion.entities.some((id) => affected.has(id))) for (const end of finder.endsOf(suggestion)) recomputed.add(end);
  }
  const unchanged = new BestPerEntity<Suggestion>(options.perEntity ?? PER_ENTITY);
  const next = new Map<string, Suggestion>();
  for (const suggestion of previous) {
    const ends = finder.endsOf(suggestion);
    if (!options.decided?.has(suggestion.id)) {
      for (const end of ends) if (!recomputed.has(end)) unchanged.offer(end, suggestion);
    } else if (!ends.some((end) => recomputed.has(end))) next.set(suggestion.id, suggestion);
  }
  for (const suggestion of unchanged.items()) next.set(suggestion.id, suggestion);
  for (const candidate of choose(finder.candidates(snapshot, recomputed), (end) => recomputed.has(end), options).values()) {
    next.set(candidate.id, finder.build(snapshot, candidate));
  }
  return [...next.values()];
}
