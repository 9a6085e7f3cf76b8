import type { ArticleSection } from '../domain/graph.js';
import type { SectionKind } from '../domain/sections.js';

/**
 * The values passed between the pure ingest stages:
 *   read(bytes, name) → RawArticle → clean(raw, profile) → CleanArticle
 *   → segment(clean) → SegmentedArticle → recognise(segmented, lexicon) → RecognisedArticle
 *   → relate(recognised) → ArticleGraph (src/domain/graph.ts)
 */

export const ARTICLE_FORMATS = ['html', 'wordpress-json', 'markdown', 'text'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** One article as read from a file: decoded, markup turned into text lines with structure. */
export interface RawArticle {
  /** Where it came from (file path, or path#post-id for a WordPress export). */
  readonly source: string;
  readonly format: ArticleFormat;
  /** Slug: from the URL, front matter, WordPress export or file name, in that order. */
  readonly slug: string;
  readonly title: string;
  readonly url?: string;
  readonly wordpressId?: number;
  readonly category?: string;
  readonly updatedAt?: string;
  /**
   * Body as text lines: headings on lines of their own, list items as "  1. …" lines,
   * paragraphs separated by blank lines (the shape of the plain-text format, whatever the input).
   */
  readonly text: string;
  /** Links to other articles found in the markup (slugs), for LINKS_TO. */
  readonly links: readonly string[];
  /** sha256 of the input bytes of this article. */
  readonly bytesHash: string;
}

/** The article with chrome removed and noise repaired; offsets of later stages point into `text`. */
export interface CleanArticle {
  readonly raw: RawArticle;
  readonly text: string;
  /** Titles/slugs of teasers of other articles found in the chrome (LINKS_TO candidates only). */
  readonly teasers: readonly string[];
  /** Names of the profile blocks that were removed, for reports and tests. */
  readonly removedBlocks: readonly string[];
}

/** A numbered or bulleted item of a section, with its head phrase split from its explanation. */
export interface SectionItem {
  readonly number?: number;
  /** "Visual evoked potential (VEP)"; empty when the item has no head phrase. */
  readonly head: string;
  readonly headStart: number;
  readonly explanation: string;
  readonly start: number;
  readonly end: number;
  /** Lettered group the item sits in ("Physical examination", "Imaging tests"), if any. */
  readonly group?: string;
  /** Sub-points of a "Drug 1." item: purpose, dose, mechanism, side effects… */
  readonly subPoints?: readonly { readonly label: string; readonly text: string; readonly start: number }[];
}

export interface SegmentedSection extends ArticleSection {
  readonly items: readonly SectionItem[];
  /** Sentences with offsets into the cleaned text. */
  readonly sentences: readonly Sentence[];
  /** Lines of the section that are not statements (reference entries, lists of links): no entity is read there. */
  readonly skipped: readonly TextSpan[];
}

/** A stretch of the cleaned text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Citation labels parsed off the end ("NCBI+2PMC+2" → ["NCBI", "PMC"]). */
  readonly sources: readonly string[];
  /** Where the citation labels after the sentence end (offset in the cleaned text), when it has any. */
  readonly labelsEnd?: number;
}

export interface SegmentedArticle {
  readonly clean: CleanArticle;
  readonly sections: readonly SegmentedSection[];
}

export type { SectionKind };
