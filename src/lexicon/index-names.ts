import type { SynonymScope, VocabEntry } from '../domain/vocabulary.js';
import { surfaceOf } from './context.js';
import { isSeedEntry } from './merge.js';
import { tokenize } from './normalise.js';
import type { NameCandidate } from './resolve.js';
import { FLAG_COMMON, FLAG_SYMBOL } from './resolve.js';
import { TokenTrie } from './trie.js';
import { COMMON_WORDS, STOP_NAMES } from './word-lists.js';

/** Narrow and broad synonyms name a different concept: kept on the entry, never matched. */
const UNMATCHED_SCOPES = new Set<SynonymScope>(['narrow', 'broad']);
const SYMBOL_SCOPES = new Set<SynonymScope | 'name'>(['name', 'alias_symbol', 'previous_symbol']);

export interface NameIndexOptions {
  readonly stopNames?: readonly string[];
  readonly commonWords?: readonly string[];
}

export interface NameIndex {
  readonly trie: TokenTrie<NameCandidate>;
  readonly names: number;
}

function normalisedSet(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => tokenize(word).map((token) => token.alt ?? token.key).join(' ')));
}

/** Whether a name is too short or too plain to index at all. */
function indexable(keys: readonly string[], seed: boolean): boolean {
  const letters = keys.join('');
  if (letters.length === 0 || /^\d+$/u.test(letters)) return false;
  if (letters.length === 1) return false;
  // Two-character names only as capitals symbols ("CT") or from the curated seed.
  return letters.length > 2 || seed || /\p{Lu}/u.test(letters);
}

function flagsOf(entry: VocabEntry, scope: SynonymScope | 'name', name: string, key: string, common: ReadonlySet<string>): number {
  let flags = 0;
  if (entry.kind === 'Gene' && SYMBOL_SCOPES.has(scope) && !/\s/u.test(name.trim())) flags |= FLAG_SYMBOL;
  if (common.has(key)) flags |= FLAG_COMMON;
  return flags;
}

/** Indexes every matchable name of every entry in a token trie. */
export function indexNames(entries: Iterable<VocabEntry>, options: NameIndexOptions = {}): NameIndex {
  const stop = normalisedSet(options.stopNames ?? STOP_NAMES);
  const common = normalisedSet(options.commonWords ?? COMMON_WORDS);
  const trie = new TokenTrie<NameCandidate>();
  let names = 0;
  for (const entry of entries) {
    const seed = isSeedEntry(entry);
    const seen = new Set<string>();
    const all: { name: string; scope: SynonymScope | 'name' }[] = [{ name: entry.name, scope: 'name' }, ...entry.synonyms];
    for (const { name, scope } of all) {
      if (scope !== 'name' && UNMATCHED_SCOPES.has(scope)) continue;
      const tokens = tokenize(name);
      const keys = tokens.map((token) => token.key);
      const joined = keys.join(' ');
      if (seen.has(joined) || !indexable(keys, seed) || stop.has(joined)) continue;
      seen.add(joined);
      trie.add(keys, { entry, scope, flags: flagsOf(entry, scope, name, joined, common), surface: surfaceOf(name), seed });
      names += 1;
    }
  }
  return { trie, names };
}
