import { EdgeTable } from './edge-table.js';

/** A name ends at this node. */
export const NODE_HAS_VALUES = 1;
/** Some longer name continues from this node. */
export const NODE_HAS_CHILDREN = 2;

/** The bit of a token in a node's child filter. */
export function childBit(token: number): number {
  return 1 << (token & 31);
}

/**
 * A trie over normalised TOKENS (not characters): a name is a path of token ids, so word
 * boundaries come for free and a scan does one hash lookup per word. Token keys are interned
 * to small integers once, at build time; edges live in one typed-array hash table keyed by
 * (node, token) (edge-table.ts), and the root's edges also in an array indexed by token, so
 * "can a name start with this word" is one array read.
 *
 * Why not modern-ahocorasick: it matches characters by grapheme (Intl.Segmenter) and measured
 * ~16 MB/s on pre-normalised text here before any word-boundary filtering, while our names need
 * token-level equivalences (letters↔digits splits, folded alternatives of capitals words) that a
 * character automaton cannot express without one pattern per variant. bench/matcher.ts measures
 * both side by side.
 */
export class TokenTrie<T> {
  private readonly tokenIds = new Map<string, number>();
  private readonly edges = new EdgeTable();
  private readonly values: (T[] | undefined)[] = [undefined];
  /** Child of the root per token id, -1 when no name starts with that token. */
  private roots = new Int32Array(1024).fill(-1);
  /**
   * Two Int32 per node, side by side: NODE_HAS_VALUES | NODE_HAS_CHILDREN, and a filter of the
   * child tokens (bit `token & 31`). The scanner reads them in one cache line and skips the
   * edge table's probe when no child can match.
   */
  private info = new Int32Array(2 * 1024);

  /** Adds a value under a token path; values under the same path accumulate. */
  add(keys: readonly string[], value: T): void {
    let node = 0;
    for (const key of keys) {
      const token = this.intern(key);
      let child = this.child(node, token);
      if (child < 0) child = this.addChild(node, token);
      node = child;
    }
    const existing = this.values[node];
    if (existing) existing.push(value);
    else this.values[node] = [value];
    this.info[2 * node] = (this.info[2 * node] as number) | NODE_HAS_VALUES;
  }

  private addChild(node: number, token: number): number {
    const child = this.values.length;
    this.values.push(undefined);
    this.edges.add(node, token, child);
    if (node === 0) this.roots[token] = child;
    if (2 * child >= this.info.length) {
      const info = new Int32Array(this.info.length * 2);
      info.set(this.info);
      this.info = info;
    }
    this.info[2 * node] = (this.info[2 * node] as number) | NODE_HAS_CHILDREN;
    this.info[2 * node + 1] = (this.info[2 * node + 1] as number) | childBit(token);
    return child;
  }

  private intern(key: string): number {
    let token = this.tokenIds.get(key);
    if (token === undefined) {
      token = this.tokenIds.size;
      this.tokenIds.set(key, token);
      if (token >= this.roots.length) {
        const roots = new Int32Array(this.roots.length * 2).fill(-1);
        roots.set(this.roots);
        this.roots = roots;
      }
    }
    return token;
  }

  /** The id of a token key, or -1 when no name contains it. */
  token(key: string): number {
    return this.tokenIds.get(key) ?? -1;
  }

  /** The child of `node` along `token`, or -1. The root is node 0. */
  child(node: number, token: number): number {
    if (token < 0) return -1;
    return this.edges.get(node, token);
  }

  /**
   * The root's child per token id (-1: no name starts with that token), at least as long as
   * the number of tokens. The array is replaced, not updated, when later adds outgrow it.
   */
  rootChildren(): Int32Array {
    return this.roots;
  }

  /**
   * Per node `n`: [2n] NODE_HAS_VALUES | NODE_HAS_CHILDREN, [2n + 1] the filter of its child
   * tokens (a child along `token` exists only if `childBit(token)` is set). Replaced, not
   * updated, when later adds outgrow it.
   */
  nodeInfo(): Int32Array {
    return this.info;
  }

  valuesAt(node: number): readonly T[] | undefined {
    return this.values[node];
  }

  get nodeCount(): number {
    return this.values.length;
  }
}
