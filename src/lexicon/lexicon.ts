import type { EntityKind } from '../domain/kinds.js';
import type { SectionKind } from '../domain/sections.js';
import type { SynonymScope, VocabEntry } from '../domain/vocabulary.js';

/**
 * What recognition needs from a vocabulary: find every name in a text, look a phrase up, read
 * an entry. Built once from the stored vocabulary (seed lexicon + imports) by the lexicon
 * module; ingest depends on this interface only.
 */
export interface Lexicon {
  /** Changes whenever the entries change: part of every article's content hash. */
  readonly version: string;
  /** Number of entries and of distinct names, for reports. */
  readonly size: { readonly entries: number; readonly names: number };

  /**
   * Every lexicon name in `text`, longest match first, overlaps resolved, word boundaries and
   * case rules applied (short all-caps symbols match only in their own case). Ambiguous names
   * are resolved with `context` (the section kind prefers some kinds) or returned with all
   * their candidates and `ambiguous: true`, never by file order.
   */
  findMatches(text: string, context?: MatchContext): LexiconMatch[];
  /** The entry a whole phrase names (a head phrase, a title), if any, preferring `kind`. */
  lookup(phrase: string, kind?: EntityKind): LexiconLookup | undefined;
  entry(id: string): VocabEntry | undefined;
}

export interface MatchContext {
  readonly section?: SectionKind;
  /** Kinds to prefer when a name belongs to entries of several kinds. */
  readonly preferKinds?: readonly EntityKind[];
}

export interface LexiconCandidate {
  readonly id: string;
  readonly kind: EntityKind;
  readonly scope: SynonymScope | 'name';
}

export interface LexiconMatch {
  /** Offsets into the text given to findMatches. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The chosen entry; when `ambiguous`, the best guess, to be confirmed by context. */
  readonly id: string;
  readonly kind: EntityKind;
  readonly scope: SynonymScope | 'name';
  readonly ambiguous: boolean;
  readonly candidates: readonly LexiconCandidate[];
}

export interface LexiconLookup {
  readonly entry: VocabEntry;
  readonly scope: SynonymScope | 'name';
}
