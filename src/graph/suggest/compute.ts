import type { ReferenceRow } from '../../store/port.js';
import { findAuthoritative } from './authoritative.js';
import { findCoMentioned } from './co-mentioned.js';
import { findConflicts } from './conflicts.js';
import { findContentGaps } from './content-gaps.js';
import { WHOLE_GRAPH, type Focus } from './focus.js';
import { findOneSided } from './one-sided.js';
import { findPredictedLinks } from './predicted-links.js';
import type { GraphSnapshot } from './snapshot.js';
import { compareSuggestions, SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from './types.js';
import { findUnlinkedMentions } from './unlinked-mentions.js';
import { findUnverified } from './unverified.js';

export interface ComputeOptions {
  /** Kinds to compute (all by default). */
  readonly kinds?: readonly SuggestionKind[];
  /** Only findings involving these entities (refresh after an ingest); the whole graph by default. */
  readonly focus?: Focus;
  /** The reference layer, for authoritative gaps and conflicts. */
  readonly reference?: readonly ReferenceRow[];
}

type Finder = (snapshot: GraphSnapshot, focus: Focus, reference: readonly ReferenceRow[]) => Suggestion[];

const FINDERS: Readonly<Record<SuggestionKind, Finder>> = {
  unlinked_mention: findUnlinkedMentions,
  one_sided: findOneSided,
  predicted_link: findPredictedLinks,
  co_mentioned: (snapshot, focus) => findCoMentioned(snapshot, focus),
  content_gap: (snapshot, focus) => findContentGaps(snapshot, focus),
  conflict: findConflicts,
  unverified_entity: findUnverified,
  authoritative_gap: (snapshot, focus, reference) => findAuthoritative(snapshot, reference, focus).filter((item) => item.kind === 'authoritative_gap'),
  authoritative_conflict: (snapshot, focus, reference) =>
    findAuthoritative(snapshot, reference, focus).filter((item) => item.kind === 'authoritative_conflict'),
};

/**
 * Every suggestion of the asked kinds, ranked (score, then id). Pure: the same snapshot and
 * reference give the same list, whichever store they came from.
 */
export function computeSuggestions(snapshot: GraphSnapshot, options: ComputeOptions = {}): Suggestion[] {
  const focus = options.focus ?? WHOLE_GRAPH;
  const reference = options.reference ?? [];
  const kinds = options.kinds ?? SUGGESTION_KINDS;
  const byId = new Map<string, Suggestion>();
  for (const kind of kinds) {
    for (const suggestion of FINDERS[kind](snapshot, focus, reference)) byId.set(suggestion.id, suggestion);
  }
  return [...byId.values()].sort(compareSuggestions);
}
