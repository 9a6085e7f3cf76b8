import type { TextTokens } from './text-tokens.js';
import { WORD_END, WORD_START } from './text-tokens.js';
import type { TokenTrie } from './trie.js';
import { NODE_HAS_CHILDREN, NODE_HAS_VALUES, childBit } from './trie.js';

/** A name the scan kept: offsets in the text and what `accept` returned for it. */
export interface ScannedName<R> {
  readonly start: number;
  readonly end: number;
  readonly result: R;
}

/** Decides one candidate span: `node` is the trie node reached, `values` what it holds. */
type AcceptName<T, R> = (node: number, values: readonly T[], start: number, end: number) => R | undefined;

/**
 * Reusable buffers of one scanner: the trie frontier while walking from a start token, and the
 * (end token, node) pairs that hold names, in the order `hitsAt` (matcher.ts) finds them.
 */
interface ScanBuffers {
  frontier: Int32Array;
  frontierSize: number;
  next: Int32Array;
  hitEnds: Int32Array;
  hitNodes: Int32Array;
  hits: number;
}

export function createScanBuffers(): ScanBuffers {
  return { frontier: new Int32Array(16), frontierSize: 0, next: new Int32Array(16), hitEnds: new Int32Array(16), hitNodes: new Int32Array(16), hits: 0 };
}

function doubled(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** One step of the walk: children of the frontier along the token's key and alternative. */
function step<T>(trie: TokenTrie<T>, buffers: ScanBuffers, key: number, alt: number): void {
  const { frontier, frontierSize } = buffers;
  // Each node has at most two children here, so twice the frontier always fits.
  if (buffers.next.length < frontierSize * 2) buffers.next = new Int32Array(frontierSize * 2);
  const next = buffers.next;
  let size = 0;
  const roots = trie.rootChildren();
  for (let f = 0; f < frontierSize; f += 1) {
    const node = frontier[f] as number;
    if (node === 0) {
      // From the root, the first step is an array read (alt < 0 only when it has none).
      const byKey = key < 0 ? -1 : (roots[key] as number);
      const byAltRoot = alt < 0 ? -1 : (roots[alt] as number);
      if (byKey >= 0) next[size++] = byKey;
      if (byAltRoot >= 0 && byAltRoot !== byKey) next[size++] = byAltRoot;
      continue;
    }
    const byKey = trie.child(node, key);
    if (byKey >= 0) next[size++] = byKey;
    const byAlt = trie.child(node, alt);
    if (byAlt >= 0 && byAlt !== byKey) next[size++] = byAlt;
  }
  buffers.frontier = next;
  buffers.next = frontier;
  buffers.frontierSize = size;
}

function pushHit(buffers: ScanBuffers, end: number, node: number): void {
  if (buffers.hits === buffers.hitEnds.length) {
    buffers.hitEnds = doubled(buffers.hitEnds);
    buffers.hitNodes = doubled(buffers.hitNodes);
  }
  buffers.hitEnds[buffers.hits] = end;
  buffers.hitNodes[buffers.hits] = node;
  buffers.hits += 1;
}

/**
 * The general walk from token `from` with the frontier {`node`}: each token's key and folded
 * alternative may both continue names, so the frontier can hold several nodes.
 */
function walkFrontier<T>(trie: TokenTrie<T>, tokens: TextTokens, from: number, node: number, buffers: ScanBuffers): void {
  const { keys, alts, flags } = tokens;
  const info = trie.nodeInfo();
  buffers.frontier[0] = node;
  buffers.frontierSize = 1;
  for (let j = from; j < tokens.count; j += 1) {
    const key = keys[j] as number;
    const alt = alts[j] as number;
    if (key < 0 && alt < 0) break;
    step(trie, buffers, key, alt);
    const size = buffers.frontierSize;
    if (size === 0) break;
    let more = 0;
    const wordEnd = ((flags[j] as number) & WORD_END) !== 0;
    for (let f = 0; f < size; f += 1) {
      const reached = buffers.frontier[f] as number;
      const bits = info[2 * reached] as number;
      more |= bits & NODE_HAS_CHILDREN;
      if (wordEnd && (bits & NODE_HAS_VALUES) !== 0) pushHit(buffers, j, reached);
    }
    // No name continues from any node of the frontier: the next step would find nothing.
    if (more === 0) break;
  }
}

/**
 * The (end token, node) pairs of every name starting at token `first`, shortest first, as
 * hitsAt finds them (its `reverse()` is the caller reading them backwards). Tokens without a
 * folded alternative, nearly all of them, follow a single path; the first one with an
 * alternative hands over to walkFrontier.
 */
function collectHits<T>(trie: TokenTrie<T>, tokens: TextTokens, first: number, buffers: ScanBuffers): void {
  const { keys, alts, flags } = tokens;
  const info = trie.nodeInfo();
  const roots = trie.rootChildren();
  buffers.hits = 0;
  let node = 0;
  for (let j = first; j < tokens.count; j += 1) {
    const key = keys[j] as number;
    if ((alts[j] as number) >= 0) {
      walkFrontier(trie, tokens, j, node, buffers);
      return;
    }
    if (key < 0) return;
    if (node === 0) node = roots[key] as number;
    else if (((info[2 * node + 1] as number) & childBit(key)) === 0) return;
    else node = trie.child(node, key);
    if (node < 0) return;
    const bits = info[2 * node] as number;
    if (((flags[j] as number) & WORD_END) !== 0 && (bits & NODE_HAS_VALUES) !== 0) pushHit(buffers, j, node);
    if ((bits & NODE_HAS_CHILDREN) === 0) return;
  }
}

/** Whether any name starts with token `i`: its key or alternative leaves the root. */
function canStart(roots: Int32Array, tokens: TextTokens, i: number): boolean {
  if (((tokens.flags[i] as number) & WORD_START) === 0) return false;
  const key = tokens.keys[i] as number;
  const alt = tokens.alts[i] as number;
  return (key >= 0 && (roots[key] as number) >= 0) || (alt >= 0 && (roots[alt] as number) >= 0);
}

/**
 * The leftmost-longest scan of matcher.ts `scan`, over pre-tokenised typed arrays: at each word
 * start the longest name `accept` keeps wins and the scan continues after it; a rejected longer
 * name lets a shorter one at the same start through. Same results, no per-token objects.
 */
export function scanTokens<T, R>(trie: TokenTrie<T>, tokens: TextTokens, buffers: ScanBuffers, accept: AcceptName<T, R>): ScannedName<R>[] {
  const roots = trie.rootChildren();
  const accepted: ScannedName<R>[] = [];
  let i = 0;
  while (i < tokens.count) {
    if (!canStart(roots, tokens, i)) {
      i += 1;
      continue;
    }
    collectHits(trie, tokens, i, buffers);
    const start = tokens.starts[i] as number;
    let advanced = false;
    for (let h = buffers.hits - 1; h >= 0; h -= 1) {
      const endToken = buffers.hitEnds[h] as number;
      const node = buffers.hitNodes[h] as number;
      const end = tokens.ends[endToken] as number;
      const result = accept(node, trie.valuesAt(node) as readonly T[], start, end);
      if (result === undefined) continue;
      accepted.push({ start, end, result });
      i = endToken + 1;
      advanced = true;
      break;
    }
    if (!advanced) i += 1;
  }
  return accepted;
}
