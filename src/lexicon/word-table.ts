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
const INITIAL_SLOTS = 1 << 12;

/** FNV-1a step over one UTF-16 code unit: the scanner hashes a word while finding its end. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export const HASH_SEED = 0x811c9dc5 | 0;

/**
 * Raw word → token ids, filled on first sight of each word through `computeWordForm` (the
 * normalisation `tokenize` applies). Everything lives in typed arrays: open addressing on the
 * word's hash, the word's code units in one pool to compare against the text in place, so a
 * known word costs no substring and the table pins no article text.
 */
export class WordTable {
  private slotHashes = new Int32Array(INITIAL_SLOTS);
  /** Code units of the word in `pool`: offset and length (0 marks an empty slot). */
  private slotOffsets = new Int32Array(INITIAL_SLOTS);
  private slotLengths = new Int32Array(INITIAL_SLOTS);
  private slotValues = new Int32Array(INITIAL_SLOTS);
  private pool = new Uint16Array(1 << 16);
  private poolSize = 0;
  private count = 0;
  private multi: CompiledPieces[] = [];

  constructor(private readonly trie: TokenTrie<unknown>) {}

  /** The compiled word `text[start, end)`, whose hashStep hash from HASH_SEED is `hash`. */
  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.slotLengths.length - 1;
    const length = end - start;
    let slot = (hash ^ (hash >>> 16)) & mask;
    for (;;) {
      const held = this.slotLengths[slot] as number;
      if (held === 0) break;
      if (held === length && this.slotHashes[slot] === hash && this.sameWord(this.slotOffsets[slot] as number, text, start, length)) {
        return this.slotValues[slot] as number;
      }
      slot = (slot + 1) & mask;
    }
    return this.insert(text, start, end, hash);
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

  private insert(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    if (this.count >= WORD_TABLE_LIMIT) this.clear();
    else if ((this.count + 1) * 2 > this.slotLengths.length) this.rehash(this.slotLengths.length * 2);
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
    this.allocateSlots(INITIAL_SLOTS);
    this.poolSize = 0;
    this.count = 0;
    this.multi = [];
  }

  private allocateSlots(size: number): void {
    this.slotHashes = new Int32Array(size);
    this.slotOffsets = new Int32Array(size);
    this.slotLengths = new Int32Array(size);
    this.slotValues = new Int32Array(size);
  }

  private rehash(size: number): void {
    const [hashes, offsets, lengths, values] = [this.slotHashes, this.slotOffsets, this.slotLengths, this.slotValues];
    this.allocateSlots(size);
    for (let slot = 0; slot < lengths.length; slot += 1) {
      const length = lengths[slot] as number;
      if (length !== 0) this.place(hashes[slot] as number, offsets[slot] as number, length, values[slot] as number);
    }
  }

  private growPool(needed: number): void {
    const pool = new Uint16Array(Math.max(needed, this.pool.length * 2));
    pool.set(this.pool.subarray(0, this.poolSize));
    this.pool = pool;
  }

  private place(hash: number, offset: number, length: number, value: number): void {
    const mask = this.slotLengths.length - 1;
    let slot = (hash ^ (hash >>> 16)) & mask;
    while (this.slotLengths[slot] !== 0) slot = (slot + 1) & mask;
    this.slotHashes[slot] = hash;
    this.slotOffsets[slot] = offset;
    this.slotLengths[slot] = length;
    this.slotValues[slot] = value;
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
