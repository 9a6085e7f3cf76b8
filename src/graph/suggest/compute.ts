import type { ReferenceRow } from '../../store/port.js';
import { findAuthoritative } from './authoritative.js';
import { findCapped, refreshCapped, type CapOptions, type PairCandidate, type PairFinder } from './capped.js';
import { coMentioned } from './co-mentioned.js';
import { findConflicts } from './conflicts.js';
import { findContentGaps } from './content-gaps.js';
import { WHOLE_GRAPH, type Focus } from './focus.js';
import { findOneSided } from './one-sided.js';
import { predictedLinks } from './predicted-links.js';
import type { GraphSnapshot } from './snapshot.js';
import { compareSuggestions, SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from './types.js';
import { findUnlinkedMentions } from './unlinked-mentions.js';
import { findUnverified } from './unverified.js';

export interface ComputeOptions extends CapOptions {
  /** Kinds to compute (all by default). */
  readonly kinds?: readonly SuggestionKind[];
  /** The reference layer, for authoritative gaps and conflicts. */
  readonly reference?: readonly ReferenceRow[];
}

type Finder = (snapshot: GraphSnapshot, focus: Focus, reference: readonly ReferenceRow[]) => Suggestion[];

/** Kinds with at most one finding per entity, edge or reference row: linear in the graph, never capped. */
const FINDERS: Readonly<Partial<Record<SuggestionKind, Finder>>> = {
  unlinked_mention: findUnlinkedMentions,
  one_sided: findOneSided,
  content_gap: (snapshot, focus) => findContentGaps(snapshot, focus),
  conflict: findConflicts,
  unverified_entity: findUnverified,
  authoritative_gap: (snapshot, focus, reference) => findAuthoritative(snapshot, reference, focus).filter((item) => item.kind === 'authoritative_gap'),
  authoritative_conflict: (snapshot, focus, reference) =>
    findAuthoritative(snapshot, reference, focus).filter((item) => item.kind === 'authoritative_conflict'),
};

/** Pair kinds, quadratic in an entity's neighbourhood: each entity keeps its best few (capped.ts). */
const PAIR_FINDERS: Readonly<Partial<Record<SuggestionKind, PairFinder<PairCandidate>>>> = {
  predicted_link: predictedLinks,
  co_mentioned: coMentioned,
};

/** The two ends of a finding of a pair kind (whose lists a decision on it changes), or null for other kinds. */
export function pairEnds(suggestion: Suggestion): readonly [string, string] | null {
  return PAIR_FINDERS[suggestion.kind]?.endsOf(suggestion) ?? null;
}

function ranked(lists: Iterable<readonly Suggestion[]>): Suggestion[] {
  const byId = new Map<string, Suggestion>();
  for (const list of lists) for (const suggestion of list) byId.set(suggestion.id, suggestion);
  return [...byId.values()].sort(compareSuggestions);
}

/**
 * Every suggestion of the asked kinds, ranked (score, then id), pair kinds capped per entity.
 * Pure: the same snapshot, reference and decisions give the same list, whichever store they
 * came from.
 */
export function computeSuggestions(snapshot: GraphSnapshot, options: ComputeOptions = {}): Suggestion[] {
  const reference = options.reference ?? [];
  return ranked(
    (options.kinds ?? SUGGESTION_KINDS).map((kind) => {
      const pairs = PAIR_FINDERS[kind];
      return pairs ? findCapped(pairs, snapshot, options) : (FINDERS[kind]?.(snapshot, WHOLE_GRAPH, reference) ?? []);
    }),
  );
}

/**
 * The list computeSuggestions gives on `snapshot`, from `previous` (its list before a change)
 * and the entities the change touched: a finding's score and existence depend only on the
 * articles naming its entities and the edges at them (see focus.ts), so only findings involving
 * an affected entity are recomputed, and for pair kinds the lists of those findings' ends.
 */
export function updateSuggestions(snapshot: GraphSnapshot, previous: readonly Suggestion[], affected: ReadonlySet<string>, options: ComputeOptions = {}): Suggestion[] {
  const reference = options.reference ?? [];
  const focus: Focus = { entities: affected };
  return ranked(
    (options.kinds ?? SUGGESTION_KINDS).map((kind) => {
      const before = previous.filter((item) => item.kind === kind);
      const pairs = PAIR_FINDERS[kind];
      if (pairs) return refreshCapped(pairs, snapshot, before, affected, options);
      const kept = before.filter((item) => !item.entities.some((id) => affected.has(id)));
      return [...kept, ...(FINDERS[kind]?.(snapshot, focus, reference) ?? [])];
    }),
  );
}
