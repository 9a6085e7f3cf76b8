/**
 * TF-IDF over the articles' cleaned text: the word-similarity signal "related posts" plugins
 * compute. Related articles combine it with the graph signal; alone it is the baseline the
 * graph has to beat.
 */
import type { Dictionary } from './dictionary.js';

/** Words too common in any English text (and in every article of the site) to say anything. */
const STOPWORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out has have been from this that ' +
    'with they them their there these those what when where which while who whom why how its into ' +
    'may might also more most other some such than then very will would should could about after ' +
    'before between both each few many much only over same under until your yours his him she hers ' +
    'does did doing being were what because through during above below again further once here ' +
    'just own too off can cause causes often usually people person patients patient doctor treatment ' +
    'symptoms disease condition help include including called known'
  ).split(' '),
);

const WORD = /[\p{L}][\p{L}\p{N}-]{2,}/gu;

/** Lower-case word counts of a text, without stopwords. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0];
    if (STOPWORDS.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * One document's word counts over a shared term dictionary. Typed arrays, so a 100k-article
 * corpus keeps a few bytes per distinct word of each article rather than its whole text.
 */
export interface TermCounts {
  readonly terms: Uint32Array;
  readonly counts: Uint32Array;
}

export function countTerms(text: string, dictionary: Dictionary): TermCounts {
  const counts = termCounts(text);
  const terms = new Uint32Array(counts.size);
  const values = new Uint32Array(counts.size);
  let at = 0;
  for (const [term, count] of counts) {
    terms[at] = dictionary.intern(term);
    values[at] = count;
    at += 1;
  }
  return { terms, counts: values };
}

/** How many of a document's strongest terms it keeps: the tail adds noise and time. */
export const TERMS_PER_DOCUMENT = 80;

/** A document's kept terms and their L2-normalised TF-IDF weights (sublinear tf, smoothed idf). */
export interface TermVector {
  readonly terms: Uint32Array;
  readonly weights: Float64Array;
}

/**
 * Weighs one document's counts against the corpus document frequencies and keeps its
 * TERMS_PER_DOCUMENT strongest terms (ties by the word, so the cut is deterministic).
 */
export function termVector(document: TermCounts, documentFrequency: Uint32Array, total: number, dictionary: Dictionary): TermVector {
  const weighted: [number, number][] = [];
  for (let at = 0; at < document.terms.length; at += 1) {
    const term = document.terms[at] as number;
    const count = document.counts[at] as number;
    weighted.push([term, (1 + Math.log(count)) * Math.log((1 + total) / (1 + (documentFrequency[term] ?? 0)))]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (dictionary.name(a[0]) < dictionary.name(b[0]) ? -1 : 1));
  const kept = weighted.slice(0, TERMS_PER_DOCUMENT).filter(([, weight]) => weight > 0);
  const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
  return { terms: Uint32Array.from(kept, ([term]) => term), weights: Float64Array.from(kept, ([, weight]) => weight / norm) };
}
