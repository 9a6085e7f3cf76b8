import type { Predicate } from '../../domain/predicates.js';
import { inFocus, type Focus } from './focus.js';
import { suggestionId } from './ids.js';
import { nameOf, PREDICATE_PHRASE, titleOf } from './names.js';
import type { GraphSnapshot, SnapshotEdge } from './snapshot.js';
import { roundScore, type Suggestion, type SuggestionEvidence } from './types.js';

/**
 * Relations whose both ends deserve to name each other, weighted by how much a reader misses
 * the other side: a drug page silent on the disease it treats matters more than one silent on
 * a side effect another page lists.
 */
const TWO_SIDED: ReadonlyMap<Predicate, number> = new Map<Predicate, number>([
  ['TREATS', 1],
  ['CONTRAINDICATED_IN', 1],
  ['GENE_ASSOCIATED_WITH', 1],
  ['DIAGNOSES', 0.9],
  ['MONITORS', 0.8],
  ['HAS_ADVERSE_EFFECT', 0.6],
]);

function evidenceOf(edge: SnapshotEdge): SuggestionEvidence[] {
  return edge.evidence.slice(0, 3).map((item) => ({ article: item.article, section: item.section, sentence: item.sentence }));
}

/** The silent end's articles, or null when it has none or one of them names the other end. */
function silentArticles(snapshot: GraphSnapshot, silent: string, other: string, asserting: ReadonlySet<string>): readonly string[] | null {
  const own = snapshot.articlesAbout.get(silent) ?? [];
  if (own.length === 0) return null;
  if (own.some((slug) => asserting.has(slug) || snapshot.mentions.get(slug)?.has(other))) return null;
  return own;
}

function oneSided(snapshot: GraphSnapshot, edge: SnapshotEdge, silent: string, other: string, own: readonly string[]): Suggestion {
  const asserting = [...new Set(edge.evidence.map((item) => item.article))].sort();
  const strongest = Math.max(0, ...edge.evidence.map((item) => item.weight));
  const relation = `${nameOf(snapshot, edge.subject)} ${PREDICATE_PHRASE[edge.predicate]} ${nameOf(snapshot, edge.object)}`;
  const sources = asserting.map((slug) => `"${titleOf(snapshot, slug)}"`).join(', ');
  return {
    id: suggestionId('one_sided', [edge.subject, edge.predicate, edge.object, silent]),
    kind: 'one_sided',
    score: roundScore((TWO_SIDED.get(edge.predicate) ?? 0.5) * (0.3 + 0.5 * strongest + 0.1 * Math.min(asserting.length - 1, 2))),
    explanation: `${sources} says ${relation}, but the article on ${nameOf(snapshot, silent)} ("${titleOf(snapshot, own[0] ?? '')}") never mentions ${nameOf(snapshot, other)}.`,
    entities: [edge.subject, edge.object],
    articles: [...asserting, ...own],
    evidence: evidenceOf(edge),
    action: { type: 'editorial' },
  };
}

/**
 * One-sided relations: an article states a relation (a disease article lists drug X as its
 * treatment) and the article about the other end (X's article) never names the first entity.
 * Curated edges without article evidence are skipped: no article to point at.
 */
export function findOneSided(snapshot: GraphSnapshot, focus: Focus): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const edge of snapshot.clinical) {
    if (!TWO_SIDED.has(edge.predicate) || edge.evidence.length === 0) continue;
    if (!inFocus(focus, [edge.subject, edge.object])) continue;
    const asserting = new Set(edge.evidence.map((item) => item.article));
    for (const [silent, other] of [[edge.object, edge.subject], [edge.subject, edge.object]] as const) {
      const own = silentArticles(snapshot, silent, other, asserting);
      if (own) suggestions.push(oneSided(snapshot, edge, silent, other, own));
    }
  }
  return suggestions;
}
