import { searchKey } from '../domain/text.js';
import { foldToken } from './spelling.js';

/**
 * The ONE normalisation of medkg's lexicon: names are indexed and texts are scanned through
 * `tokenize`, and whole phrases are keyed by `normaliseName`, so every variant below meets its
 * twin:
 * - Unicode NFKC, accents dropped, ®/™/© dropped (via domain/text.ts `searchKey`);
 * - Greek letters spelled out and split off ("interferon-γ1b" = "interferon gamma 1b");
 * - hyphen, space and slash are all word separators, and a word splits at letter↔digit
 *   boundaries ("IL-6" = "IL6", "gamma-1b" = "gamma1b");
 * - case folded, except words of at most 5 characters written all in capitals ("CBC", "VEP",
 *   "CA2"): those keep their case so a gene symbol never matches an ordinary word ("ca2+" in
 *   lower case is not CA2). A capitals word in the TEXT also tries its folded form, so
 *   "BLOOD COUNT" in a heading still matches "blood count". A trailing plural "s" after
 *   capitals ("CBCs", "MRIs") is dropped;
 * - British spellings → American, simple plurals → singular (spelling.ts);
 * - possessive "'s" dropped ("Crohn's disease" = "Crohn disease").
 */

/** One normalised piece of a word; a word gives several when it splits at letters↔digits. */
export interface NameToken {
  /** Key used for matching (case kept for short capitals words). */
  readonly key: string;
  /** The folded key, when `key` kept capitals and folding changes it (text side only). */
  readonly alt: string | undefined;
  /** Offsets of the whole WORD this piece belongs to, in the original text. */
  readonly start: number;
  readonly end: number;
  /** True for the first piece of a word: a match may only start here. */
  readonly wordStart: boolean;
  /** True for the last piece of a word: a match may only end here. */
  readonly wordEnd: boolean;
}

/** Words at most this long and written in capitals keep their case. */
export const SHORT_SYMBOL_LENGTH = 5;

const WORD = /[\p{L}\p{N}]+/gu;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const CAPITALS = /^[\p{Lu}\p{N}]+$/u;
const CAPITALS_PLURAL = /^([\p{Lu}][\p{Lu}\p{N}]{1,4})s$/u;
const HAS_UPPER = /\p{Lu}/u;
const PIECES = /\p{L}+|\p{N}+/gu;

/** The normalised pieces of one word (a run of letters and digits), as `tokenize` gives them. */
interface WordForm {
  readonly keys: readonly string[];
  /** Folded alternatives, same length as keys, when the word kept its case. */
  readonly alts: readonly string[] | undefined;
}

/** Word → pieces, cached because articles repeat words; bounded so memory stays flat. */
const wordCache = new Map<string, WordForm>();
const WORD_CACHE_LIMIT = 500_000;

function splitPieces(text: string): string[] {
  return text.match(PIECES) ?? [];
}

function foldedPieces(word: string): string[] {
  const pieces: string[] = [];
  for (const part of searchKey(word).split(' ')) {
    for (const piece of splitPieces(part)) pieces.push(/^\p{L}/u.test(piece) ? foldToken(piece) : piece);
  }
  return pieces;
}

/**
 * The one-piece form of a word of ASCII letters that folds case (not a short capitals symbol,
 * not "CBCs"), or undefined for any other word. For these words searchKey is plain lower
 * casing, so this is exactly what generalWordForm returns, without its Unicode passes; most
 * words of an English text take this path.
 */
function asciiWordForm(word: string): WordForm | undefined {
  if (word.length === 0) return undefined;
  let upper = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= 0x41 && code <= 0x5a) upper += 1;
    else if (code < 0x61 || code > 0x7a) return undefined;
  }
  if (upper === 0) return { keys: [foldToken(word)], alts: undefined };
  // Capitals words that keep their case, with or without a plural "s", take the general path.
  if (word.length <= SHORT_SYMBOL_LENGTH + 1 && upper >= word.length - 1) return undefined;
  return { keys: [foldToken(word.toLowerCase())], alts: undefined };
}

/** The pieces of one word, computed afresh (no cache): for callers that keep their own. */
export function computeWordForm(word: string): WordForm {
  return asciiWordForm(word) ?? generalWordForm(word);
}

/** computeWordForm for any word, through the Unicode rules: the reference of the ASCII path. */
export function generalWordForm(word: string): WordForm {
  const plural = CAPITALS_PLURAL.exec(word);
  const bare = plural?.[1] ?? word;
  const nfkc = bare.normalize('NFKC');
  if (nfkc.length <= SHORT_SYMBOL_LENGTH && CAPITALS.test(nfkc) && HAS_UPPER.test(nfkc)) {
    const keys = splitPieces(nfkc);
    return { keys, alts: foldedPieces(bare) };
  }
  return { keys: foldedPieces(word), alts: undefined };
}

function wordForm(word: string): WordForm {
  let form = wordCache.get(word);
  if (form === undefined) {
    form = computeWordForm(word);
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, form);
  }
  return form;
}

function isPossessive(text: string, start: number, word: string): boolean {
  return word === 's' && start > 0 && APOSTROPHES.has(text.charAt(start - 1));
}

/** The normalised pieces of `text`, with offsets of their words in `text`. */
export function tokenize(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (isPossessive(text, start, word)) continue;
    const { keys, alts } = wordForm(word);
    const end = start + word.length;
    const last = keys.length - 1;
    for (let index = 0; index <= last; index += 1) {
      const key = keys[index] as string;
      const alt = alts?.[index];
      tokens.push({ key, alt: alt === key ? undefined : alt, start, end, wordStart: index === 0, wordEnd: index === last });
    }
  }
  return tokens;
}

/** The key of a whole name or phrase: its normalised pieces joined by single spaces. */
export function normaliseName(text: string): string {
  return tokenize(text)
    .map((token) => token.key)
    .join(' ');
}

/** True when the key keeps capitals (a short symbol that matches only in its own case). */
export function isCaseKept(key: string): boolean {
  return HAS_UPPER.test(key);
}
