import { distance } from 'fastest-levenshtein';
import { badInput } from '../domain/errors.js';
import type { GraphNode } from '../domain/graph.js';
import type { NodeKind } from '../domain/kinds.js';
import { searchKey } from '../domain/text.js';
import type { GraphStore, SearchCandidate } from '../store/port.js';

/** How a hit matched, strongest first: the tier decides the order before anything else. */
export type MatchTier = 'exact' | 'prefix' | 'typo';

export interface SearchHit {
  readonly node: GraphNode;
  /** In (0, 1]: exact matches score above 0.9, prefixes 0.5–0.85, typo matches below 0.5. */
  readonly score: number;
  readonly tier: MatchTier;
  /** The name or synonym (or id) that matched best. */
  readonly matchedName: string;
}

/** Longest search text accepted; anything longer is not a name. */
export const MAX_SEARCH_TEXT = 200;

interface Scored {
  readonly score: number;
  readonly tier: MatchTier;
}

/** Edits a typo match may need: one per four characters of the text, at least one. */
function allowedEdits(length: number): number {
  return Math.max(1, Math.floor(length / 4));
}

/** Score of one stored name against the search key; null when it does not match at all. */
function scoreName(query: string, nameKey: string, isPrimaryName: boolean): Scored | null {
  if (nameKey.length === 0) return null;
  if (nameKey === query) return { tier: 'exact', score: isPrimaryName ? 0.98 : 0.95 };
  if (nameKey.startsWith(query)) {
    // "osteopet" covers more of "osteopetrosis" than "os" does.
    return { tier: 'prefix', score: 0.6 + 0.25 * (query.length / nameKey.length) };
  }
  if (nameKey.split(' ').some((word) => word.startsWith(query))) {
    return { tier: 'prefix', score: 0.5 + 0.1 * (query.length / nameKey.length) };
  }
  const budget = allowedEdits(query.length);
  const whole = distance(query, nameKey);
  // A typo in the beginning of a long name: compare with the name's start of the same length.
  const head = nameKey.length > query.length ? distance(query, nameKey.slice(0, query.length)) : whole;
  const edits = Math.min(whole, head + (whole === head ? 0 : 0.5));
  if (edits > budget) return null;
  return { tier: 'typo', score: 0.45 * (1 - edits / (query.length + 1)) };
}

function scoreCandidate(query: string, rawText: string, candidate: SearchCandidate): SearchHit | null {
  const { node } = candidate;
  if (node.id.toLowerCase() === rawText.trim().toLowerCase()) {
    return { node, score: 1, tier: 'exact', matchedName: node.id };
  }
  const names = [node.name, ...node.synonyms, ...candidate.matchedNames];
  let best: SearchHit | null = null;
  for (const name of names) {
    const scored = scoreName(query, searchKey(name), name === node.name);
    if (scored && (!best || scored.score > best.score)) best = { node, ...scored, matchedName: name };
  }
  return best;
}

/**
 * Ranks search candidates: exact id/name/synonym, then prefix, then typo-tolerant matches;
 * equal scores break by id so every store gives the same order. Pure, for unit tests.
 */
export function rankSearchCandidates(text: string, candidates: readonly SearchCandidate[], first: number): SearchHit[] {
  const query = searchKey(text);
  const byId = new Map<string, SearchHit>();
  for (const candidate of candidates) {
    const hit = scoreCandidate(query, text, candidate);
    const previous = byId.get(candidate.node.id);
    if (hit && (!previous || hit.score > previous.score)) byId.set(candidate.node.id, hit);
  }
  return [...byId.values()]
    .map((hit) => ({ ...hit, score: Math.round(hit.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0))
    .slice(0, first);
}

/** Searches nodes by name, synonym or id; throws BAD_USER_INPUT for an empty or overlong text. */
export async function searchNodes(
  store: GraphStore,
  text: string,
  kinds: readonly NodeKind[] | undefined,
  first: number,
): Promise<SearchHit[]> {
  if (searchKey(text).length === 0 && text.trim().length === 0) throw badInput('search text is empty');
  if (text.length > MAX_SEARCH_TEXT) throw badInput(`search text is longer than ${MAX_SEARCH_TEXT} characters`);
  // Ask for more candidates than shown: the store's order is not ours.
  const candidates = await store.searchCandidates(text, kinds, Math.max(50, first * 5));
  return rankSearchCandidates(text, candidates, first);
}
