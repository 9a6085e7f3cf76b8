import { adjacencyOf } from './adjacency.js';
import { inFocus, type Focus } from './focus.js';
import { suggestionId } from './ids.js';
import { nameOf } from './names.js';
import type { GraphSnapshot, SnapshotEdge } from './snapshot.js';
import { roundScore, type Suggestion } from './types.js';

/** Pairs of predicates that cannot both hold between the same two entities. */
const OPPOSED: readonly (readonly [SnapshotEdge['predicate'], SnapshotEdge['predicate']])[] = [
  ['TREATS', 'CONTRAINDICATED_IN'],
  ['TREATS', 'HAS_ADVERSE_EFFECT'],
];

function articlesOf(edge: SnapshotEdge): string[] {
  return [...new Set(edge.evidence.map((item) => item.article))].sort();
}

/**
 * Conflicts: the same drug both TREATS and is CONTRAINDICATED_IN (or causes as a side effect)
 * the same condition. Most likely when different articles disagree, so those score higher; an
 * article that says both (a drug used for a symptom except in a subgroup) still deserves a look.
 */
export function findConflicts(snapshot: GraphSnapshot, focus: Focus): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const edges of adjacencyOf(snapshot).between.values()) {
    for (const [positive, negative] of OPPOSED) {
      const treats = edges.find((edge) => edge.predicate === positive);
      const against = edges.find((edge) => edge.predicate === negative && edge.subject === treats?.subject);
      if (!treats || !against || !inFocus(focus, [treats.subject, treats.object])) continue;
      const forArticles = articlesOf(treats);
      const againstArticles = articlesOf(against);
      const disagree = forArticles.some((slug) => !againstArticles.includes(slug)) || againstArticles.some((slug) => !forArticles.includes(slug));
      const drug = nameOf(snapshot, treats.subject);
      const condition = nameOf(snapshot, treats.object);
      suggestions.push({
        id: suggestionId('conflict', [treats.subject, positive, negative, treats.object]),
        kind: 'conflict',
        score: roundScore((disagree ? 0.7 : 0.4) + 0.05 * Math.min(forArticles.length + againstArticles.length, 4)),
        explanation: `${drug} is said to treat ${condition} (${forArticles.join(', ') || 'curated'}) and to be ${negative === 'CONTRAINDICATED_IN' ? 'contraindicated in' : 'a cause of'} it (${againstArticles.join(', ') || 'curated'}).`,
        entities: [treats.subject, treats.object],
        articles: [...new Set([...forArticles, ...againstArticles])].sort(),
        evidence: [...treats.evidence, ...against.evidence].slice(0, 4).map((item) => ({ article: item.article, section: item.section, sentence: item.sentence })),
        action: { type: 'editorial' },
      });
    }
  }
  return suggestions;
}
