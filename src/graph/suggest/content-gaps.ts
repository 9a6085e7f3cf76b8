import { inFocus, type Focus } from './focus.js';
import { suggestionId } from './ids.js';
import { nameOf } from './names.js';
import type { GraphSnapshot } from './snapshot.js';
import { saturate, type Suggestion } from './types.js';

/** Entity id → slugs of the articles naming it (MENTIONS or ABOUT), sorted. */
export function articlesNaming(snapshot: GraphSnapshot): Map<string, string[]> {
  const naming = new Map<string, string[]>();
  for (const slug of [...snapshot.mentions.keys()].sort()) {
    for (const entity of snapshot.mentions.get(slug) ?? []) {
      const list = naming.get(entity);
      if (list) list.push(slug);
      else naming.set(entity, [slug]);
    }
  }
  return naming;
}

/**
 * Content gaps: entities that many articles name but no article is about. The more articles
 * name it, the more readers meet it without a page to go to.
 */
export function findContentGaps(snapshot: GraphSnapshot, focus: Focus, minArticles = 2): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const [entity, slugs] of articlesNaming(snapshot)) {
    if (slugs.length < minArticles || snapshot.articlesAbout.has(entity) || !inFocus(focus, [entity])) continue;
    const node = snapshot.nodes.get(entity);
    if (!node || node.kind === 'Article') continue;
    suggestions.push({
      id: suggestionId('content_gap', [entity]),
      kind: 'content_gap',
      score: saturate(slugs.length, 4),
      explanation: `${slugs.length} articles name ${nameOf(snapshot, entity)} (${node.kind.toLowerCase()}), but no article is about it.`,
      entities: [entity],
      articles: slugs,
      evidence: slugs.slice(0, 5).flatMap((slug) => {
        const first = snapshot.firstMention.get(`${slug}|${entity}`);
        return first ? [{ article: slug, section: first.section, sentence: first.sentence }] : [{ article: slug }];
      }),
      action: { type: 'editorial' },
    });
  }
  return suggestions;
}
