import { fitsSignature, PREDICATES } from '../../domain/predicates.js';
import type { NodeKind } from '../../domain/kinds.js';
import { adjacencyOf, pairKey } from './adjacency.js';
import type { PairCandidate, PairFinder } from './capped.js';
import { inFocus, type Focus } from './focus.js';
import { suggestionId } from './ids.js';
import { nameOf } from './names.js';
import { sentenceOccurrences, type SentenceOccurrence } from './occurrences.js';
import type { GraphSnapshot } from './snapshot.js';
import { saturate, type SuggestedAction, type Suggestion } from './types.js';

interface Pair {
  readonly a: string;
  readonly b: string;
  readonly sentences: SentenceOccurrence[];
  readonly sections: Set<string>;
  readonly articles: Set<string>;
}

/** The clinical predicate joining the two kinds, when exactly one direction-and-predicate fits. */
function proposedAction(a: string, kindA: NodeKind, b: string, kindB: NodeKind): SuggestedAction | null {
  const fits = PREDICATES.filter((p) => p !== 'SUBCLASS_OF' && p !== 'MENTIONS' && p !== 'ABOUT' && p !== 'LINKS_TO').flatMap((predicate) => [
    ...(fitsSignature(predicate, kindA, kindB) ? [{ type: 'edge' as const, subject: a, predicate, object: b }] : []),
    ...(fitsSignature(predicate, kindB, kindA) ? [{ type: 'edge' as const, subject: b, predicate, object: a }] : []),
  ]);
  if (fits.length === 0) return null;
  return fits.length === 1 && fits[0] ? fits[0] : { type: 'editorial' };
}

function collectPairs(snapshot: GraphSnapshot, focus: Focus): Map<string, Pair> {
  const { between } = adjacencyOf(snapshot);
  const pairs = new Map<string, Pair>();
  for (const slug of [...snapshot.mentions.keys()].sort()) {
    // A pair in focus has an end in focus, so only articles naming a focus entity can hold it.
    if (!inFocus(focus, snapshot.mentions.get(slug) ?? [])) continue;
    for (const occurrence of sentenceOccurrences(snapshot, slug)) {
      const ids = occurrence.entities;
      for (let i = 0; i < ids.length; i += 1) {
        for (let j = i + 1; j < ids.length; j += 1) {
          const a = ids[i] as string;
          const b = ids[j] as string;
          const key = pairKey(a, b);
          if (between.has(key) || !inFocus(focus, [a, b])) continue;
          const pair = pairs.get(key) ?? { a: a < b ? a : b, b: a < b ? b : a, sentences: [], sections: new Set(), articles: new Set() };
          pair.sentences.push(occurrence);
          pair.sections.add(`${slug}|${occurrence.section}`);
          pair.articles.add(slug);
          pairs.set(key, pair);
        }
      }
    }
  }
  return pairs;
}

/** Named together in at least this many sentences: once may be a list, twice is a pattern. */
const MIN_SENTENCES = 2;

interface CoMention extends PairCandidate {
  readonly pair: Pair;
  readonly action: SuggestedAction;
}

function* candidates(snapshot: GraphSnapshot, ends: ReadonlySet<string> | null): Iterable<CoMention> {
  for (const pair of collectPairs(snapshot, { entities: ends }).values()) {
    if (pair.sentences.length < MIN_SENTENCES) continue;
    const kindA = snapshot.nodes.get(pair.a)?.kind;
    const kindB = snapshot.nodes.get(pair.b)?.kind;
    const action = kindA && kindB ? proposedAction(pair.a, kindA, pair.b, kindB) : null;
    if (!action) continue;
    const weight = pair.sentences.length + 0.5 * (pair.sections.size - 1) + (pair.articles.size - 1);
    yield { id: suggestionId('co_mentioned', [], [pair.a, pair.b]), score: saturate(weight, 4), ends: [pair.a, pair.b], pair, action };
  }
}

function build(snapshot: GraphSnapshot, candidate: CoMention): Suggestion {
  const { pair } = candidate;
  return {
    id: candidate.id,
    kind: 'co_mentioned',
    score: candidate.score,
    explanation: `${nameOf(snapshot, pair.a)} and ${nameOf(snapshot, pair.b)} are named together in ${pair.sentences.length} sentences of ${pair.articles.size} article${pair.articles.size === 1 ? '' : 's'}, but no relation joins them.`,
    entities: [pair.a, pair.b],
    articles: [...pair.articles].sort(),
    evidence: pair.sentences.slice(0, 3).map((item) => ({ article: item.article, section: item.section, sentence: item.sentence })),
    action: candidate.action,
  };
}

/**
 * Co-mentioned but unlinked: two entities of kinds a relation could join, named together in
 * several sentences (across sections and articles) with no typed relation between them.
 */
export const coMentioned: PairFinder<CoMention> = {
  kind: 'co_mentioned',
  candidates,
  // A co-mention involves only its two ends, so the entities it can reach are the partners of the affected ones.
  reach: (snapshot, affected) => [...candidates(snapshot, affected)].flatMap((candidate) => candidate.ends),
  build,
  endsOf: (suggestion) => [suggestion.entities[0] ?? '', suggestion.entities[1] ?? ''],
};
