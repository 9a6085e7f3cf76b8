import type { CompiledPieces, WordTable } from './word-table.js';
import { HASH_SEED, UNSEEN, hashStep } from './word-table.js';

/**
 * The pieces of a text as parallel typed arrays: what `tokenize` returns, without one object
 * (and one substring per piece) per word. Offsets are those of the piece's whole word.
 */
export interface TextTokens {
  count: number;
  keys: Int32Array;
  alts: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** WORD_START | WORD_END bits. */
  flags: Uint8Array;
}

export const WORD_START = 1;
export const WORD_END = 2;

/** 1 for ASCII letters and digits: the bulk of article text is decided by this table. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) ASCII_WORD[code] = /[A-Za-z0-9]/u.test(String.fromCharCode(code)) ? 1 : 0;

/** Other BMP code units, filled on first sight: 0 unknown, 1 letter or digit, 2 neither. */
const BMP_WORD = new Uint8Array(65_536);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isBmpWordUnit(code: number): boolean {
  let known = BMP_WORD[code] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_WORD[code] = known;
  }
  return known === 1;
}

/**
 * Length in code units of the letter or digit at `index` (2 for an astral one), 0 when the
 * code point there is neither: the `[\p{L}\p{N}]` of `tokenize`'s word pattern, code point by
 * code point, so lone surrogates end words just as they do there.
 */
function wordUnitLength(text: string, index: number, code: number): number {
  if (code < 128) return ASCII_WORD[code] as number;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  return isBmpWordUnit(code) ? 1 : 0;
}

/** The hash of the word wordEnd last finished: its second result, without an object. */
let foundHash = 0;

/**
 * The end of the word whose code units before `from` hashed to `hash` (hashStep from
 * HASH_SEED); sets foundHash to the hash of the whole word.
 */
function wordEnd(text: string, from: number, hash: number): number {
  let index = from;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    const unit = code < 128 ? (ASCII_WORD[code] as number) : wordUnitLength(text, index, code);
    if (unit === 0) break;
    hash = hashStep(hash, code);
    if (unit === 2) hash = hashStep(hash, text.charCodeAt(index + 1));
    index += unit;
  }
  foundHash = hash;
  return index;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

function grow(tokens: TextTokens, needed: number): void {
  if (needed <= tokens.keys.length) return;
  const size = Math.max(needed, tokens.keys.length * 2);
  const widen = <A extends Int32Array | Uint8Array>(old: A, make: (n: number) => A): A => {
    const next = make(size);
    next.set(old);
    return next;
  };
  tokens.keys = widen(tokens.keys, (n) => new Int32Array(n));
  tokens.alts = widen(tokens.alts, (n) => new Int32Array(n));
  tokens.starts = widen(tokens.starts, (n) => new Int32Array(n));
  tokens.ends = widen(tokens.ends, (n) => new Int32Array(n));
  tokens.flags = widen(tokens.flags, (n) => new Uint8Array(n));
}

/** Empty buffers, grown as texts need; reuse one per scanner to avoid per-call allocation. */
export function createTextTokens(capacity = 1 << 14): TextTokens {
  return {
    count: 0,
    keys: new Int32Array(capacity),
    alts: new Int32Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
  };
}

/** Appends the pieces of one compiled word; the caller made room for them. */
function pushPieces(tokens: TextTokens, compiled: CompiledPieces, start: number, end: number): void {
  const last = compiled.keys.length - 1;
  if (tokens.count + last + 1 > tokens.keys.length) grow(tokens, tokens.count + last + 1);
  for (let index = 0; index <= last; index += 1) {
    const at = tokens.count;
    tokens.keys[at] = compiled.keys[index] as number;
    tokens.alts[at] = compiled.alts[index] as number;
    tokens.starts[at] = start;
    tokens.ends[at] = end;
    tokens.flags[at] = (index === 0 ? WORD_START : 0) | (index === last ? WORD_END : 0);
    tokens.count = at + 1;
  }
}

/**
 * Fills `tokens` with the pieces of `text`, exactly as `tokenize(text)` would (same words, same
 * possessive rule, same normalisation through the word table), walking the text once by char
 * code. ASCII letters and digits, the bulk of article text, never leave this loop; a word
 * holding anything else is finished by wordEnd.
 */
export function tokenizeInto(tokens: TextTokens, words: WordTable, text: string): void {
  tokens.count = 0;
  const length = text.length;
  let index = 0;
  while (index < length) {
    let code = text.charCodeAt(index);
    if (code < 128 ? ASCII_WORD[code] === 0 : wordUnitLength(text, index, code) === 0) {
      index += 1;
      continue;
    }
    const start = index;
    let hash = HASH_SEED;
    while (code < 128 && ASCII_WORD[code] === 1) {
      hash = hashStep(hash, code);
      index += 1;
      code = index < length ? text.charCodeAt(index) : 0;
    }
    // A non-ASCII code unit inside or after the word: finish it code point by code point.
    if (code >= 128) {
      index = wordEnd(text, index, hash);
      hash = foundHash;
    }
    const end = index;
    // Possessive "'s" is dropped ("Crohn's disease" = "Crohn disease").
    if (end - start === 1 && text.charCodeAt(start) === 0x73 && start > 0 && isApostrophe(text.charCodeAt(start - 1))) continue;
    let compiled = words.get(text, start, end, hash);
    if (compiled === UNSEEN) compiled = words.add(text, start, end, hash);
    if (compiled < -1) {
      pushPieces(tokens, words.pieces(compiled), start, end);
      continue;
    }
    const at = tokens.count;
    if (at === tokens.keys.length) grow(tokens, at + 1);
    tokens.keys[at] = compiled;
    tokens.alts[at] = -1;
    tokens.starts[at] = start;
    tokens.ends[at] = end;
    tokens.flags[at] = WORD_START | WORD_END;
    tokens.count = at + 1;
  }
}
