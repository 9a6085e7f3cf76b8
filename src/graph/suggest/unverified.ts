import { searchKey } from '../../domain/text.js';
import { articlesNaming } from './content-gaps.js';
import { inFocus, type Focus } from './focus.js';
import { suggestionId } from './ids.js';
import type { GraphSnapshot } from './snapshot.js';
import { saturate, type SuggestedAction, type Suggestion } from './types.js';
import type { GraphNode } from '../../domain/graph.js';

/** A verified node of the same kind whose name or synonym has the same search key, if any. */
function mergeTarget(byKey: ReadonlyMap<string, GraphNode[]>, node: GraphNode): GraphNode | undefined {
  for (const name of [node.name, ...node.synonyms]) {
    const match = byKey.get(`${node.kind}|${searchKey(name)}`)?.find((other) => other.id !== node.id);
    if (match) return match;
  }
  return undefined;
}

function verifiedByKey(snapshot: GraphSnapshot): Map<string, GraphNode[]> {
  const byKey = new Map<string, GraphNode[]>();
  for (const node of snapshot.nodes.values()) {
    if (node.status !== 'verified') continue;
    for (const name of [node.name, ...node.synonyms]) {
      const key = `${node.kind}|${searchKey(name)}`;
      byKey.set(key, [...(byKey.get(key) ?? []), node]);
    }
  }
  return byKey;
}

/**
 * Unverified entities: found only by the structure of articles (a head phrase under "Diagnostic
 * tests" that no vocabulary knows), with how many articles name them. Accepting one adds it to
 * the lexicon, or merges it into a verified node with the same name when there is one.
 */
export function findUnverified(snapshot: GraphSnapshot, focus: Focus): Suggestion[] {
  const naming = articlesNaming(snapshot);
  const byKey = verifiedByKey(snapshot);
  const suggestions: Suggestion[] = [];
  for (const node of snapshot.nodes.values()) {
    if (node.status !== 'unverified' || node.kind === 'Article' || !inFocus(focus, [node.id])) continue;
    const slugs = naming.get(node.id) ?? [];
    const target = mergeTarget(byKey, node);
    const action: SuggestedAction = target ? { type: 'merge', from: node.id, to: target.id } : { type: 'vocabulary', id: node.id, kind: node.kind, name: node.name };
    suggestions.push({
      id: suggestionId('unverified_entity', [node.id]),
      kind: 'unverified_entity',
      score: saturate(slugs.length + (target ? 1 : 0), 3),
      explanation: target
        ? `"${node.name}" (${node.kind.toLowerCase()}, named by ${slugs.length} article${slugs.length === 1 ? '' : 's'}) is not in the lexicon and looks like ${target.name} (${target.id}): merge it.`
        : `"${node.name}" (${node.kind.toLowerCase()}, named by ${slugs.length} article${slugs.length === 1 ? '' : 's'}) was found by article structure only: add it to the lexicon.`,
      entities: [node.id],
      articles: slugs,
      evidence: slugs.slice(0, 3).flatMap((slug) => {
        const first = snapshot.firstMention.get(`${slug}|${node.id}`);
        return first ? [{ article: slug, section: first.section, sentence: first.sentence }] : [];
      }),
      action,
    });
  }
  return suggestions;
}
