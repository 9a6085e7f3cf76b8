import type { SynonymScope, VocabEntry } from '../domain/vocabulary.js';
import { surfaceOf } from './context.js';
import { isSeedEntry } from './merge.js';
import { tokenize } from './normalise.js';
import type { NameCandidate } from './resolve.js';
import { FLAG_ALTERNATIVES, FLAG_COMMON, FLAG_LIST_ONLY, FLAG_SYMBOL } from './resolve.js';
import { TokenTrie } from './trie.js';
import { COMMON_WORDS, LIST_ONLY_WORDS, STOP_NAMES } from './word-lists.js';

const LIST_ONLY: ReadonlySet<string> = new Set(LIST_ONLY_WORDS);

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

/** One word in capitals ("MONITOR", "PMC", "COPD"): an acronym or a brand written in capitals. */
const CAPITALS_WORD = /^[\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*$/u;

/** One word with a capital after its first letter ("SAMe", "dTMP"): its case is part of the name. */
const INNER_CAPITAL = /^(?=\S*\p{Ll})\S+\p{Lu}\S*$/u;

/** One word of at most five letters or digits. */
const SHORT_WORD = /^[\p{L}\p{N}]{2,5}$/u;

function flagsOf(entry: VocabEntry, scope: SynonymScope | 'name', name: string, key: string, common: ReadonlySet<string>, seed: boolean): number {
  let flags = 0;
  if (entry.kind === 'Gene' && SYMBOL_SCOPES.has(scope) && !/\s/u.test(name.trim())) flags |= FLAG_SYMBOL;
  // An imported name in capitals matches only in capitals: DrugBank's "MONITOR" (a brand of
  // methamidophos) must not be the verb "monitor". Our seed decides its own names.
  if (!seed && (CAPITALS_WORD.test(name.trim()) || INNER_CAPITAL.test(name.trim()))) flags |= FLAG_SYMBOL;
  // A short one-word synonym from an import is an acronym more often than a word: GARD gives
  // "Face" for FANCE (Fanconi anemia, complementation group E). It matches only as written.
  if (!seed && scope !== 'name' && entry.kind !== 'Gene' && SHORT_WORD.test(name.trim())) flags |= FLAG_SYMBOL;
  if (common.has(key)) flags |= FLAG_COMMON;
  // "A/B", "SJS-TEN": two names in one.
  if (/\p{L}\s?\/\s?\p{L}|(?<![\p{L}\p{N}-])\p{Lu}{2,}-\p{Lu}{2,}(?![\p{L}\p{N}-])/u.test(name)) flags |= FLAG_ALTERNATIVES;
  return flags;
}

/**
 * Other wordings of a finding's name patient text uses: "hair loss" is also "loss of hair"
 * (a phenotype named "<one or two words> loss"), "high blood pressure" also "raised" or
 * "elevated blood pressure", "difficulty walking" also "problems walking" (SAME_SENSE_OPENERS)
 * and "walking problems", "joint swelling" also "swollen joints", "hair thinning" also "thinning
 * hair" (ADJECTIVE_OF_FINDING).
 */
function wordingVariants(keys: readonly string[], kind: string): string[][] {
  const variants: string[][] = [];
  if (kind === 'Phenotype' && keys.length >= 2 && keys.length <= 3 && keys.at(-1) === 'loss') variants.push(['loss', 'of', ...keys.slice(0, -1)]);
  const [first, ...rest] = keys;
  // "joint swelling" is also "swollen joints", "muscle weakness" "weak muscles".
  const adjective = keys.length === 2 && kind === 'Phenotype' ? ADJECTIVE_OF_FINDING.get(keys[1] ?? '') : undefined;
  if (adjective && first !== undefined) variants.push([adjective, first]);
  for (const group of SAME_SENSE_OPENERS) {
    if (first === undefined || rest.length === 0 || !group.includes(first)) continue;
    for (const word of group) if (word !== first) variants.push([word, ...rest]);
  }
  // "difficulty swallowing" is also "swallowing problems", "swallowing difficulties".
  const [activity] = rest;
  if (first !== undefined && rest.length === 1 && activity?.endsWith('ing') && DIFFICULTY_WORDS.includes(first)) {
    for (const word of DIFFICULTY_WORDS) variants.push([activity, word]);
  }
  return variants;
}

/** A finding noun and the adjective patient text puts before the body part instead. */
const ADJECTIVE_OF_FINDING: ReadonlyMap<string, string> = new Map(
  [
    ['swelling', 'swollen'],
    ['pain', 'painful'],
    ['weakness', 'weak'],
    ['stiffness', 'stiff'],
    ['enlargement', 'enlarged'],
    ['thinning', 'thinning'],
    ['dryness', 'dry'],
  ].map(([noun, adjective]) => [tokenize(noun ?? '')[0]?.key ?? '', tokenize(adjective ?? '')[0]?.key ?? ''] as const),
);

/** Openers patient text swaps freely: "high/raised/elevated/increased …", "difficulty/trouble/problems walking". */
const SAME_SENSE_OPENERS: readonly (readonly string[])[] = [
  ['high', 'raised', 'elevated', 'increased'],
  ['difficulty', 'difficulties', 'trouble', 'problems'],
].map((group) => group.map((word) => tokenize(word)[0]?.key ?? word));
const DIFFICULTY_WORDS: readonly string[] = SAME_SENSE_OPENERS[1] ?? [];


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
      // A gene's former and alias full names (HGNC) include the diseases it causes
      // ("familial hypercholesterolemia" for LDLR): in text those name the disease.
      if (entry.kind === 'Gene' && scope === 'related' && !seed) continue;
      const tokens = tokenize(name);
      const keys = tokens.map((token) => token.key);
      const joined = keys.join(' ');
      const stopped = stop.has(joined);
      const listOnly = stopped && seed && LIST_ONLY.has(name.trim().toLowerCase());
      if (seen.has(joined) || !indexable(keys, seed) || (stopped && !listOnly)) continue;
      seen.add(joined);
      trie.add(keys, { entry, scope, flags: flagsOf(entry, scope, name, joined, common, seed) | (listOnly ? FLAG_LIST_ONLY : 0), surface: surfaceOf(name), seed });
      names += 1;
      const variants = entry.kind === 'Phenotype' || entry.kind === 'Disease' ? wordingVariants(keys, entry.kind) : [];
      for (const variant of variants) {
        if (seen.has(variant.join(' '))) continue;
        seen.add(variant.join(' '));
        trie.add(variant, { entry, scope, flags: 0, surface: surfaceOf(variant.join(' ')), seed });
        names += 1;
      }
    }
  }
  return { trie, names };
}
