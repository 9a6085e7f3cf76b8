import { articleNodeId } from '../../domain/ids.js';
import { adjacencyOf } from './adjacency.js';
import { articlesNaming } from './content-gaps.js';
import { inFocus, type Focus } from './focus.js';
import { suggestionId } from './ids.js';
import { nameOf, titleOf } from './names.js';
import type { GraphSnapshot } from './snapshot.js';
import { roundScore, type Suggestion } from './types.js';

/** Sections where naming an entity means the article builds on it (a link matters most there). */
const CORE_SECTIONS = new Set(['summary', 'definition', 'causes', 'genetics', 'treatment', 'drugs', 'diagnosis', 'test_purpose', 'indications']);

/** Entities typed-related to the article's own topic: a link to their page is expected. */
function relatedToTopics(snapshot: GraphSnapshot, topics: ReadonlySet<string>): Set<string> {
  const { neighbours } = adjacencyOf(snapshot);
  return new Set([...topics].flatMap((topic) => [...(neighbours.get(topic) ?? [])]));
}

/**
 * Candidate internal links: article A names entity E, article B is about E, and A does not link
 * to B. Scored higher when E is typed-related to A's topic, named in a core section, and
 * specific (named by few articles).
 */
export function findUnlinkedMentions(snapshot: GraphSnapshot, focus: Focus): Suggestion[] {
  const suggestions: Suggestion[] = [];
  // A specific entity (few articles name it) makes a more useful link than one every page
  // names. Only its own document frequency counts, so a refresh stays local to what changed.
  const naming = articlesNaming(snapshot);
  for (const [slug, entities] of snapshot.mentions) {
    const topics = new Set([...entities].filter((entity) => snapshot.articlesAbout.get(entity)?.includes(slug)));
    const related = relatedToTopics(snapshot, topics);
    const linked = snapshot.links.get(slug) ?? new Set<string>();
    for (const entity of [...entities].sort()) {
      if (topics.has(entity)) continue;
      for (const target of snapshot.articlesAbout.get(entity) ?? []) {
        if (target === slug || linked.has(target)) continue;
        const ids = [articleNodeId(slug), articleNodeId(target), entity];
        if (!inFocus(focus, ids)) continue;
        const first = snapshot.firstMention.get(`${slug}|${entity}`);
        const core = first !== undefined && CORE_SECTIONS.has(first.section);
        const specificity = 2 / Math.max(naming.get(entity)?.length ?? 2, 2);
        const score = roundScore(0.35 + (related.has(entity) ? 0.35 : 0) + (core ? 0.15 : 0) + 0.15 * specificity);
        suggestions.push({
          id: suggestionId('unlinked_mention', [slug, target, entity]),
          kind: 'unlinked_mention',
          score,
          explanation: `"${titleOf(snapshot, slug)}" names ${nameOf(snapshot, entity)}, which has its own article "${titleOf(snapshot, target)}", but does not link to it.`,
          entities: ids,
          articles: [slug, target],
          evidence: first ? [{ article: slug, section: first.section, sentence: first.sentence }] : [{ article: slug }],
          action: { type: 'edge', subject: articleNodeId(slug), predicate: 'LINKS_TO', object: articleNodeId(target) },
        });
      }
    }
  }
  return suggestions;
}
