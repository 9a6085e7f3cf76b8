import type { Mention, MentionOrigin } from './types.js';

/** On the same span, an article's own evidence beats a vocabulary's guess. */
const ORIGIN_RANK: Readonly<Record<MentionOrigin, number>> = { 'gene-phrase': 6, abbreviation: 5, primary: 4, head: 2, lexicon: 1 };

/** Orders mentions of one span: the longer first, then the article-local origin first. */
export function bySpanAndOrigin(a: Mention, b: Mention): number {
  return b.end - b.start - (a.end - a.start) || ORIGIN_RANK[b.origin] - ORIGIN_RANK[a.origin];
}

/**
 * Keeps the longest mention where mentions overlap; on equal spans the article-local origin wins
 * (an abbreviation the article defines beats the vocabulary's reading of the same letters, and
 * "the DMD gene" names the gene even where DMD abbreviates the disease). Ties
 * break by start offset and entity id, so the result never depends on input order.
 */
export function resolveOverlaps(candidates: readonly Mention[]): Mention[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      bySpanAndOrigin(a, b) ||
      Number(a.ambiguous) - Number(b.ambiguous) ||
      a.start - b.start ||
      a.entity.localeCompare(b.entity),
  );
  const kept: Mention[] = [];
  for (const mention of ordered) {
    if (mention.end <= mention.start) continue;
    if (kept.some((other) => mention.start < other.end && other.start < mention.end)) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
