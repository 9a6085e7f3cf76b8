import { createHash } from 'node:crypto';
import type { SuggestionKind } from './types.js';

/**
 * The id of a suggestion: a hash of its kind and the stable ids it is about. `ordered` parts
 * keep their order (a one-sided relation from disease to drug is not the one from drug to
 * disease); `unordered` parts are sorted, so a co-mention of A and B is the co-mention of B
 * and A. The same finding therefore gets the same id after any re-ingest or rebuild, which is
 * what lets a decision stick to it.
 */
export function suggestionId(kind: SuggestionKind, ordered: readonly string[], unordered: readonly string[] = []): string {
  const canonical = JSON.stringify([kind, ordered, [...unordered].sort()]);
  return `sg_${createHash('sha256').update(canonical).digest('hex').slice(0, 20)}`;
}
