import type { EntityKind } from '../../domain/kinds.js';
import type { Predicate } from '../../domain/predicates.js';
import type { SectionKind } from '../../domain/sections.js';

/**
 * What the workbench looks for. Each kind answers one editor question ("which gene does this
 * article name without linking its page?"); the order here is the order of the reports.
 */
export const SUGGESTION_KINDS = [
  'unlinked_mention',
  'one_sided',
  'predicted_link',
  'co_mentioned',
  'content_gap',
  'conflict',
  'unverified_entity',
  'authoritative_gap',
  'authoritative_conflict',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export function isSuggestionKind(value: string): value is SuggestionKind {
  return (SUGGESTION_KINDS as readonly string[]).includes(value);
}

/** One piece of evidence behind a suggestion: a sentence of an article, or a curated source row. */
export interface SuggestionEvidence {
  readonly article?: string;
  readonly section?: SectionKind;
  readonly sentence?: string;
  /** Reference source ("ClinGen", "PharmacotherapyDB") and its own wording of the claim. */
  readonly source?: string;
  readonly classification?: string;
  readonly note?: string;
}

/**
 * What accepting a suggestion does to the graph. `edge` adds a curated edge (LINKS_TO between
 * article nodes for a missing internal link), `retract` retracts one, `vocabulary` adds the
 * entity to the lexicon, `merge` aliases it to an existing node, `editorial` changes nothing in
 * the graph (someone has to write or edit an article) and is only recorded.
 */
export type SuggestedAction =
  | { readonly type: 'edge'; readonly subject: string; readonly predicate: Predicate; readonly object: string }
  | { readonly type: 'retract'; readonly subject: string; readonly predicate: Predicate; readonly object: string }
  | { readonly type: 'vocabulary'; readonly id: string; readonly kind: EntityKind; readonly name: string }
  | { readonly type: 'merge'; readonly from: string; readonly to: string }
  | { readonly type: 'editorial' };

/** A finding for editors: a plain value, identical whichever store it was computed from. */
export interface Suggestion {
  /** Stable: derived from the kind and the stable ids the finding is about (see suggestionId). */
  readonly id: string;
  readonly kind: SuggestionKind;
  /** In [0, 1]; higher matters more. Ties are broken by id. */
  readonly score: number;
  /** One or two sentences an editor reads without knowing the graph model. */
  readonly explanation: string;
  /** Node ids the finding is about (entities, and article nodes for link findings). */
  readonly entities: readonly string[];
  /** Slugs of the articles whose content gave rise to it. */
  readonly articles: readonly string[];
  readonly evidence: readonly SuggestionEvidence[];
  readonly action: SuggestedAction;
}

/** Highest score first, then id, so every store and every run lists suggestions alike. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Scores are rounded so that float noise cannot reorder suggestions between stores. */
export function roundScore(value: number): number {
  return Math.round(Math.min(Math.max(value, 0), 1) * 10000) / 10000;
}

/** A count turned into a score in [0, 1): `count / (count + half)`; `half` scores 0.5. */
export function saturate(count: number, half: number): number {
  return roundScore(count / (count + half));
}
