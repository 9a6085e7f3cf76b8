import { createHash } from 'node:crypto';
import type { EntityKind } from '../domain/kinds.js';
import type { VocabEntry } from '../domain/vocabulary.js';
import { surfaceOf } from './context.js';
import type { NameFinder } from './find-matches.js';
import { fastFinder, referenceFinder } from './find-matches.js';
import type { NameIndex, NameIndexOptions } from './index-names.js';
import { indexNames } from './index-names.js';
import type { Lexicon, LexiconCandidate, LexiconLookup, LexiconMatch, MatchContext } from './lexicon.js';
import { hitsAt } from './matcher.js';
import { mergeVocabulary, resolveAlias } from './merge.js';
import type { VocabConflict } from './model.js';
import { tokenize } from './normalise.js';
import type { NameCandidate, Resolution } from './resolve.js';
import { SECTION_KIND_PREFERENCE, resolveCandidates } from './resolve.js';
import { unmatchableEntries } from './unmatchable.js';

/** The lexicon medkg builds: the Lexicon contract plus what reports need. */
export interface MedkgLexicon extends Lexicon {
  /** Disagreements between sources found while merging (never silently dropped). */
  readonly conflicts: readonly VocabConflict[];
  /** Every merged entry, in id order. */
  entries(): IterableIterator<VocabEntry>;
}

/** Bumped when matching rules change, so article hashes that include the version change too. */
const RULES_VERSION = 'lexicon-rules-5';

function toCandidate(candidate: NameCandidate): LexiconCandidate {
  return { id: candidate.entry.id, kind: candidate.entry.kind, scope: candidate.scope };
}

function versionOf(entries: ReadonlyMap<string, VocabEntry>): string {
  // Only what matching and lookups return is hashed (ids, kinds, names, replaced ids): cheap
  // enough for 100k+ entries, and xref-only changes do not re-derive every article.
  const hash = createHash('sha256').update(RULES_VERSION);
  for (const id of [...entries.keys()].sort()) {
    const entry = entries.get(id) as VocabEntry;
    let line = `${id}\t${entry.kind}\t${entry.name}\t${entry.source}`;
    for (const synonym of entry.synonyms) line += `\t${synonym.scope}:${synonym.name}`;
    hash.update(`${line}\t${entry.replaces.join(' ')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

function preferredKinds(context: MatchContext | undefined): readonly EntityKind[] {
  const bySection = context?.section ? (SECTION_KIND_PREFERENCE[context.section] ?? []) : [];
  return [...(context?.preferKinds ?? []), ...bySection];
}

function toMatch(text: string, start: number, end: number, resolution: Resolution): LexiconMatch {
  const { chosen } = resolution;
  return {
    start,
    end,
    text: text.slice(start, end),
    id: chosen.entry.id,
    kind: chosen.entry.kind,
    scope: chosen.scope,
    ambiguous: resolution.ambiguous,
    candidates: resolution.candidates.map(toCandidate),
  };
}

/** Candidates for a whole phrase: the names whose tokens are exactly the phrase's tokens. */
function wholePhrase(index: NameIndex, phrase: string): readonly NameCandidate[] {
  const tokens = tokenize(phrase);
  if (tokens.length === 0) return [];
  return hitsAt(index.trie, tokens, 0).find((hit) => hit.endToken === tokens.length - 1)?.values ?? [];
}

/** What a lexicon is built from: merged entries and their name index, shared by scanners. */
interface LexiconParts {
  readonly merged: ReturnType<typeof mergeVocabulary>;
  readonly index: NameIndex;
  readonly version: string;
}

function buildParts(input: Iterable<VocabEntry>, options: NameIndexOptions): LexiconParts {
  const merged = mergeVocabulary(input);
  const unmatchable = unmatchableEntries(merged.entries);
  const matchable = [...merged.entries.values()].filter((entry) => !unmatchable.has(entry.id));
  return { merged, index: indexNames(matchable, options), version: versionOf(merged.entries) };
}

function lookupExact(index: NameIndex, phrase: string, kind: EntityKind | undefined): LexiconLookup | undefined {
  const resolution = resolveCandidates(wholePhrase(index, phrase), {
    preferKinds: kind ? [kind] : [],
    geneContext: kind === 'Gene',
    surface: surfaceOf(phrase),
    lookup: true,
  });
  return resolution && { entry: resolution.chosen.entry, scope: resolution.chosen.scope };
}

function assemble({ merged, index, version }: LexiconParts, find: NameFinder): MedkgLexicon {
  return {
    version,
    size: { entries: merged.entries.size, names: index.names },
    conflicts: merged.conflicts,
    findMatches(text, context) {
      return find(text, preferredKinds(context)).map(({ start, end, result }) => toMatch(text, start, end, result));
    },
    lookup(phrase, kind) {
      // "Visual evoked potential (VEP)": the phrase, then without its parenthesis, then the parenthesis.
      const inner = /\(([^()]+)\)\s*$/u.exec(phrase)?.[1];
      const outer = phrase.replace(/\s*\([^()]*\)\s*$/u, '');
      for (const candidate of [phrase, outer, inner]) {
        const found = candidate ? lookupExact(index, candidate, kind) : undefined;
        if (found) return found;
      }
      return undefined;
    },
    entry(id) {
      return merged.entries.get(resolveAlias(merged.aliases, id));
    },
    *entries() {
      for (const id of [...merged.entries.keys()].sort()) yield merged.entries.get(id) as VocabEntry;
    },
  };
}

/**
 * Builds a lexicon from vocabulary entries (seed + imports): merges them (merge.ts), indexes
 * every matchable name in a token trie, and answers findMatches/lookup/entry with the fast
 * scanner. Building 100k+ names takes seconds; the result is immutable and safe to share.
 */
export function createLexicon(input: Iterable<VocabEntry>, options: NameIndexOptions = {}): MedkgLexicon {
  const parts = buildParts(input, options);
  return assemble(parts, fastFinder(parts.index));
}

/**
 * One lexicon twice over one shared index: `fast` is what createLexicon returns, `reference`
 * finds names the straightforward way (tokenize() objects, matcher.ts scan, no caches). They
 * must give identical matches; tests and bench/matcher.ts compare them.
 */
export function createLexiconPair(input: Iterable<VocabEntry>, options: NameIndexOptions = {}): { readonly fast: MedkgLexicon; readonly reference: MedkgLexicon } {
  const parts = buildParts(input, options);
  return { fast: assemble(parts, fastFinder(parts.index)), reference: assemble(parts, referenceFinder(parts.index)) };
}
