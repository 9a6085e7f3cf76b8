/**
 * TF-IDF over the articles' cleaned text: the word-similarity signal "related posts" plugins
 * compute. Related articles combine it with the graph signal; alone it is the baseline the
 * graph has to beat.
 */

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

/** A sparse, L2-normalised TF-IDF vector. */
export type TermVector = ReadonlyMap<string, number>;

export interface TextIndex {
  readonly vectors: ReadonlyMap<string, TermVector>;
  /** term → ids of the documents whose vector holds it. */
  readonly postings: ReadonlyMap<string, readonly string[]>;
}

/** How many of a document's strongest terms it keeps: the tail adds noise and time. */
const TERMS_PER_DOCUMENT = 80;

/** Builds TF-IDF vectors (sublinear tf, smoothed idf) for documents keyed by id. */
export function buildTextIndex(documents: ReadonlyMap<string, string>): TextIndex {
  const counts = new Map<string, Map<string, number>>();
  const documentFrequency = new Map<string, number>();
  for (const [id, text] of documents) {
    const terms = termCounts(text);
    counts.set(id, terms);
    for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const total = documents.size;
  const vectors = new Map<string, TermVector>();
  const postings = new Map<string, string[]>();
  for (const [id, terms] of counts) {
    const weighted = [...terms].map(([term, count]): [string, number] => [
      term,
      (1 + Math.log(count)) * Math.log((1 + total) / (1 + (documentFrequency.get(term) ?? 0))),
    ]);
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const kept = weighted.slice(0, TERMS_PER_DOCUMENT).filter(([, weight]) => weight > 0);
    const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1;
    vectors.set(id, new Map(kept.map(([term, weight]) => [term, weight / norm])));
    for (const [term] of kept) {
      const list = postings.get(term);
      if (list) list.push(id);
      else postings.set(term, [id]);
    }
  }
  return { vectors, postings };
}

/** Cosine similarity of one document with every other document that shares a kept term. */
export function textSimilarities(index: TextIndex, id: string): Map<string, number> {
  const scores = new Map<string, number>();
  const vector = index.vectors.get(id);
  if (!vector) return scores;
  for (const [term, weight] of vector) {
    for (const other of index.postings.get(term) ?? []) {
      if (other === id) continue;
      const otherWeight = index.vectors.get(other)?.get(term) ?? 0;
      scores.set(other, (scores.get(other) ?? 0) + weight * otherWeight);
    }
  }
  return scores;
}
