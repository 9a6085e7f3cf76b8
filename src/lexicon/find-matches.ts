import type { EntityKind } from '../domain/kinds.js';
import { crossesBreak, crossesComma, hasGeneContext, surfaceOf } from './context.js';
import type { ScannedName } from './fast-scan.js';
import { createScanBuffers, scanTokens } from './fast-scan.js';
import type { NameIndex } from './index-names.js';
import { scan } from './matcher.js';
import type { NameCandidate, Resolution } from './resolve.js';
import { FLAG_ALTERNATIVES, FLAG_LIST_ONLY, FLAG_SYMBOL, resolveCandidates } from './resolve.js';
import { createTextTokens, tokenizeInto } from './text-tokens.js';
import { WordTable } from './word-table.js';

/** Every name of the index in a text, resolved with the kinds the context prefers. */
export type NameFinder = (text: string, preferKinds: readonly EntityKind[]) => ScannedName<Resolution>[];

function isGene(candidate: NameCandidate): boolean {
  return candidate.entry.kind === 'Gene';
}

/**
 * "Long, slender fingers" may be a name written without its comma; "SJS, TEN" is no "SJS/TEN",
 * and "calcium, phosphate and PTH" lists two things, no drug "calcium phosphate".
 */
function mayCrossComma(candidate: NameCandidate): boolean {
  return (candidate.flags & FLAG_ALTERNATIVES) === 0 && candidate.entry.kind !== 'Drug';
}

/** A span that runs over a comma: only the names that may be written across one. */
function resolveOverComma(values: readonly NameCandidate[], text: string, start: number, end: number, preferKinds: readonly EntityKind[]): Resolution | undefined {
  const written = values.filter(mayCrossComma);
  return written.length === 0 ? undefined : resolveSpan(written, text, start, end, preferKinds);
}

/** Symbols and list-only words match only as written, so their resolution reads the text. */
function readsSurface(candidate: NameCandidate): boolean {
  return (candidate.flags & (FLAG_SYMBOL | FLAG_LIST_ONLY)) !== 0;
}

/** Resolves one span: context is read only when a candidate needs it (genes, symbols, list-only words). */
function resolveSpan(values: readonly NameCandidate[], text: string, start: number, end: number, preferKinds: readonly EntityKind[]): Resolution | undefined {
  return resolveCandidates(values, {
    preferKinds,
    geneContext: values.some(isGene) && hasGeneContext(text, start, end),
    surface: values.some(readsSurface) ? surfaceOf(text.slice(start, end)) : '',
  });
}

/**
 * The straightforward finder: `tokenize` into objects, then matcher.ts `scan`. Kept as the
 * reference the fast finder is tested against.
 */
export function referenceFinder(index: NameIndex): NameFinder {
  return (text, preferKinds) =>
    scan(index.trie, text, (hit, start, end) => {
      if (crossesBreak(text, start, end)) return undefined;
      return crossesComma(text, start, end) ? resolveOverComma(hit.values, text, start, end, preferKinds) : resolveSpan(hit.values, text, start, end, preferKinds);
    });
}

/** Cached resolutions kept per set of preferred kinds before the cache starts over. */
const CACHE_LIMIT = 20_000;
const CONTEXTS_LIMIT = 32;

/**
 * Resolutions of names whose outcome depends only on the trie node, the preferred kinds and
 * gene context (no symbol candidate, whose exact-case rule reads the text): resolving is
 * pure, so a repeated name is resolved once.
 */
class ResolutionCache {
  private readonly byContext = new Map<string, Map<number, Resolution | null>>();

  forKinds(preferKinds: readonly EntityKind[]): Map<number, Resolution | null> {
    const key = preferKinds.join(',');
    let cache = this.byContext.get(key);
    if (cache === undefined) {
      if (this.byContext.size >= CONTEXTS_LIMIT) this.byContext.clear();
      cache = new Map();
      this.byContext.set(key, cache);
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    return cache;
  }
}

const TRAITS_KNOWN = 1;
const TRAIT_SYMBOL = 2;
const TRAIT_GENE = 4;

/** Whether the names at a node include one matched only as written, or a gene, read once per node. */
function traitsOf(values: readonly NameCandidate[]): number {
  return TRAITS_KNOWN | (values.some(readsSurface) ? TRAIT_SYMBOL : 0) | (values.some(isGene) ? TRAIT_GENE : 0);
}

/**
 * The fast finder: one char-code walk of the text into typed arrays (text-tokens.ts), each
 * distinct word normalised once (word-table.ts), the scan over token ids (fast-scan.ts), and
 * cached resolutions. Gives the same matches as `referenceFinder`. Not re-entrant (shared
 * buffers), which findMatches never needs: it is synchronous and calls no user code.
 */
export function fastFinder(index: NameIndex): NameFinder {
  const words = new WordTable(index.trie);
  const tokens = createTextTokens();
  const buffers = createScanBuffers();
  const resolutions = new ResolutionCache();
  const traits = new Uint8Array(index.trie.nodeCount);
  return (text, preferKinds) => {
    tokenizeInto(tokens, words, text);
    const cache = resolutions.forKinds(preferKinds);
    return scanTokens(index.trie, tokens, buffers, (node, values, start, end) => {
      if (crossesBreak(text, start, end)) return undefined;
      if (crossesComma(text, start, end)) return resolveOverComma(values, text, start, end, preferKinds);
      let known = traits[node] as number;
      if (known === 0) traits[node] = known = traitsOf(values);
      if ((known & TRAIT_SYMBOL) !== 0) return resolveSpan(values, text, start, end, preferKinds);
      const gene = (known & TRAIT_GENE) !== 0 && hasGeneContext(text, start, end);
      const key = node * 2 + (gene ? 1 : 0);
      let resolution = cache.get(key);
      if (resolution === undefined) {
        resolution = resolveCandidates(values, { preferKinds, geneContext: gene, surface: '' }) ?? null;
        cache.set(key, resolution);
      }
      return resolution ?? undefined;
    });
  };
}
