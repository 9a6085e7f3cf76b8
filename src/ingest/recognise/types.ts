import type { EntityKind, NodeStatus } from '../../domain/kinds.js';
import type { SegmentedArticle } from '../stages.js';

/** An entity the article names: a vocabulary entry (verified) or a local candidate (unverified). */
export interface RecognisedEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly synonyms: readonly string[];
  readonly xrefs: readonly string[];
  readonly description?: string;
  readonly status: NodeStatus;
}

/**
 * How a mention was found: a vocabulary name, an article-local abbreviation, the head phrase of
 * an item in a typed section, a name of the article's own topic, or a symbol the sentence names
 * as a gene ("the AR gene", "the genes are NPM1, FLT3 and IDH1").
 */
export type MentionOrigin = 'lexicon' | 'abbreviation' | 'head' | 'primary' | 'gene-phrase';

/** One place in the cleaned text that names an entity. */
export interface Mention {
  readonly entity: string;
  readonly kind: EntityKind;
  /** Offsets into the cleaned text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the section (in SegmentedArticle.sections) the mention sits in. */
  readonly section: number;
  readonly origin: MentionOrigin;
  /** Index of the item whose head phrase this mention is, when it is one. */
  readonly item?: number;
  /** True when the vocabulary name had several candidates and the context did not decide. */
  readonly ambiguous: boolean;
  /** The lexicon's synonym scope for vocabulary matches ('name', 'exact', 'alias_symbol', …). */
  readonly scope?: string;
}

/** A phrase an item names as the target of "X for Y" in its head ("Antibiotics for infections"). */
export interface HeadTarget {
  readonly section: number;
  readonly item: number;
  readonly entity: string;
}

/** What recognition hands to relate: the segmented article plus who is named where. */
export interface RecognisedArticle {
  readonly segmented: SegmentedArticle;
  /** Every entity named in the body (and the primary entity), by id. */
  readonly entities: ReadonlyMap<string, RecognisedEntity>;
  /** Every mention, sorted by start offset, overlaps resolved. */
  readonly mentions: readonly Mention[];
  /** The article's own topic, when one was found. */
  readonly primary?: string;
  /** The names the article itself gives its topic (title, short forms, Other names, definition). */
  readonly primaryNames: readonly string[];
  /** Article-local abbreviations: short form → entity id. */
  readonly abbreviations: ReadonlyMap<string, string>;
  /** "X for Y" targets named in item heads. */
  readonly headTargets: readonly HeadTarget[];
  /** Subtypes of the primary entity named in a types section (entity ids). */
  readonly subtypes: ReadonlySet<string>;
}
