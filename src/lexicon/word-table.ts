import { computeWordForm } from './normalise.js';
import type { TokenTrie } from './trie.js';

/**
 * A word of the text compiled to trie token ids: `get` returns the token id itself (-1 when no
 * name contains it) for the common word of one piece whose folded alternative adds nothing, and
 * a negative reference (≤ -2) to `pieces(ref)` otherwise.
 */
export interface CompiledPieces {
  /** Token id of each piece's key, -1 when no name contains it. */
  readonly keys: Int32Array;
  /** Token id of each piece's folded alternative, -1 when it has none or no name contains it. */
  readonly alts: Int32Array;
}

/** Distinct words kept before the table starts over; articles repeat a few thousand words. */
const WORD_TABLE_LIMIT = 1 << 17;
const INITIAL_SLOTS = 1 << 15;

/** FNV-1a step over one UTF-16 code unit: the scanner hashes a word while finding its end. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export const HASH_SEED = 0x811c9dc5 | 0;

/** Fields of one slot of the word table. */
const HASH = 0;
const OFFSET = 1;
const LENGTH = 2;
const VALUE = 3;
const SLOT_INTS = 4;

/** What `get` returns for a word the table has not seen. */
export const UNSEEN = -0x7fffffff;

/**
 * Raw word → token ids, filled on first sight of each word through `computeWordForm` (the
 * normalisation `tokenize` applies). Everything lives in typed arrays: open addressing on the
 * word's hash, the word's code units in one pool to compare against the text in place, so a
 * known word costs no substring and the table pins no article text.
 */
export class WordTable {
  /** SLOT_INTS per slot, side by side so a probe reads one cache line; length 0 marks empty. */
  private slots = new Int32Array(INITIAL_SLOTS * SLOT_INTS);
  private mask = INITIAL_SLOTS - 1;
  private pool = new Uint16Array(1 << 17);
  private poolSize = 0;
  private count = 0;
  private multi: CompiledPieces[] = [];

  constructor(private readonly trie: TokenTrie<unknown>) {}

  /**
   * The compiled word `text[start, end)`, whose hashStep hash from HASH_SEED is `hash`, or
   * UNSEEN when the table does not hold it yet (then `add` it): the lookup stays small and
   * branch-free of the rare first-sight path.
   */
  get(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const length = end - start;
    let slot = (hash ^ (hash >>> 16)) & mask;
    for (;;) {
      const at = slot * SLOT_INTS;
      const held = slots[at + LENGTH] as number;
      if (held === 0) return UNSEEN;
      if (held === length && slots[at + HASH] === hash && this.sameWord(slots[at + OFFSET] as number, text, start, length)) return slots[at + VALUE] as number;
      slot = (slot + 1) & mask;
    }
  }

  /** The pieces behind a reference `get` returned (≤ -2). */
  pieces(ref: number): CompiledPieces {
    return this.multi[-2 - ref] as CompiledPieces;
  }

  private sameWord(offset: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let index = 0; index < length; index += 1) if (pool[offset + index] !== text.charCodeAt(start + index)) return false;
    return true;
  }

  /** Normalises a word `get` has not seen, keeps it, and returns what `get` will return for it. */
  add(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    if (this.count >= WORD_TABLE_LIMIT) this.clear();
    else if ((this.count + 1) * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    if (this.poolSize + length > this.pool.length) this.growPool(this.poolSize + length);
    const offset = this.poolSize;
    for (let index = 0; index < length; index += 1) this.pool[offset + index] = text.charCodeAt(start + index);
    this.poolSize += length;
    const value = this.compile(text.slice(start, end));
    this.place(hash, offset, length, value);
    this.count += 1;
    return value;
  }

  private clear(): void {
    this.slots = new Int32Array(INITIAL_SLOTS * SLOT_INTS);
    this.mask = INITIAL_SLOTS - 1;
    this.poolSize = 0;
    this.count = 0;
    this.multi = [];
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size * SLOT_INTS);
    this.mask = size - 1;
    for (let at = 0; at < old.length; at += SLOT_INTS) {
      const length = old[at + LENGTH] as number;
      if (length !== 0) this.place(old[at + HASH] as number, old[at + OFFSET] as number, length, old[at + VALUE] as number);
    }
  }

  private growPool(needed: number): void {
    const pool = new Uint16Array(Math.max(needed, this.pool.length * 2));
    pool.set(this.pool.subarray(0, this.poolSize));
    this.pool = pool;
  }

  private place(hash: number, offset: number, length: number, value: number): void {
    let slot = (hash ^ (hash >>> 16)) & this.mask;
    while (this.slots[slot * SLOT_INTS + LENGTH] !== 0) slot = (slot + 1) & this.mask;
    const at = slot * SLOT_INTS;
    this.slots[at + HASH] = hash;
    this.slots[at + OFFSET] = offset;
    this.slots[at + LENGTH] = length;
    this.slots[at + VALUE] = value;
  }

  private compile(word: string): number {
    const { keys, alts } = computeWordForm(word);
    const [first] = keys;
    const firstAlt = alts?.[0];
    if (keys.length === 1 && first !== undefined && (firstAlt === undefined || firstAlt === first)) return this.trie.token(first);
    const keyIds = new Int32Array(keys.length);
    const altIds = new Int32Array(keys.length);
    keys.forEach((key, index) => {
      const alt = alts?.[index];
      keyIds[index] = this.trie.token(key);
      altIds[index] = alt === undefined || alt === key ? -1 : this.trie.token(alt);
    });
    this.multi.push({ keys: keyIds, alts: altIds });
    return -1 - this.multi.length;
  }
}
