import type { NameToken } from './normalise.js';
import { tokenize } from './normalise.js';
import type { TokenTrie } from './trie.js';

/** Every name found starting at one token: the end token and what the trie holds there. */
export interface RawHit<T> {
  readonly startToken: number;
  readonly endToken: number;
  readonly values: readonly T[];
}

/**
 * Names of the trie that start at token `i`, longest first. Each token tries its key and, for a
 * capitals word, its folded alternative, so "CBC" and "BLOOD COUNT" both find their names. A
 * name must start at the first piece of a word and end at the last piece of one.
 */
export function hitsAt<T>(trie: TokenTrie<T>, tokens: readonly NameToken[], i: number): RawHit<T>[] {
  const hits: RawHit<T>[] = [];
  let frontier = [0];
  for (let j = i; j < tokens.length; j += 1) {
    const token = tokens[j] as NameToken;
    const key = trie.token(token.key);
    const alt = token.alt === undefined ? -1 : trie.token(token.alt);
    if (key < 0 && alt < 0) break;
    const next: number[] = [];
    for (const node of frontier) {
      const byKey = trie.child(node, key);
      if (byKey >= 0) next.push(byKey);
      const byAlt = trie.child(node, alt);
      if (byAlt >= 0 && byAlt !== byKey) next.push(byAlt);
    }
    if (next.length === 0) break;
    frontier = next;
    if (!token.wordEnd) continue;
    for (const node of frontier) {
      const values = trie.valuesAt(node);
      if (values) hits.push({ startToken: i, endToken: j, values });
    }
  }
  return hits.reverse();
}

export interface AcceptedHit<T, R> {
  readonly start: number;
  readonly end: number;
  readonly hit: RawHit<T>;
  readonly result: R;
}

/**
 * Leftmost-longest scan: at each word start, the longest name that `accept` keeps wins and the
 * scan continues after it; a rejected longer name lets a shorter one at the same start through.
 */
export function scan<T, R>(
  trie: TokenTrie<T>,
  text: string,
  accept: (hit: RawHit<T>, start: number, end: number) => R | undefined,
): AcceptedHit<T, R>[] {
  const tokens = tokenize(text);
  const accepted: AcceptedHit<T, R>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as NameToken;
    let advanced = false;
    if (first.wordStart && (trie.token(first.key) >= 0 || (first.alt !== undefined && trie.token(first.alt) >= 0))) {
      for (const hit of hitsAt(trie, tokens, i)) {
        const start = first.start;
        const end = (tokens[hit.endToken] as NameToken).end;
        const result = accept(hit, start, end);
        if (result === undefined) continue;
        accepted.push({ start, end, hit, result });
        i = hit.endToken + 1;
        advanced = true;
        break;
      }
    }
    if (!advanced) i += 1;
  }
  return accepted;
}
