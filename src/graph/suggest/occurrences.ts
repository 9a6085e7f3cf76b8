import type { SectionKind } from '../../domain/sections.js';
import { searchKey } from '../../domain/text.js';
import { splitSentences } from '../../ingest/segment/sentences.js';
import type { GraphSnapshot } from './snapshot.js';

/** One sentence of an article and the entities (of those the article names) it contains. */
export interface SentenceOccurrence {
  readonly article: string;
  readonly section: SectionKind;
  readonly sentence: string;
  readonly entities: readonly string[];
}

const keyCache = new WeakMap<GraphSnapshot, Map<string, string[]>>();

/** Search keys of a node's name and synonyms, padded so matching respects word boundaries. */
function keysOf(snapshot: GraphSnapshot, id: string): string[] {
  let cache = keyCache.get(snapshot);
  if (!cache) {
    cache = new Map();
    keyCache.set(snapshot, cache);
  }
  const cached = cache.get(id);
  if (cached) return cached;
  const node = snapshot.nodes.get(id);
  const names = node ? [node.name, ...node.synonyms] : [];
  const keys = [...new Set(names.map(searchKey).filter((key) => key.length >= 3))].map((key) => ` ${key} `);
  cache.set(id, keys);
  return keys;
}

/**
 * The sentences of one article with the entities each names. Only the entities the article is
 * known to name (its MENTIONS) are looked for, so recognition stays ingest's job: this finds
 * where else in the text those names recur.
 */
export function sentenceOccurrences(snapshot: GraphSnapshot, slug: string): readonly SentenceOccurrence[] {
  let cache = occurrenceCache.get(snapshot);
  if (!cache) {
    cache = new Map();
    occurrenceCache.set(snapshot, cache);
  }
  let found = cache.get(slug);
  if (!found) {
    found = findOccurrences(snapshot, slug);
    cache.set(slug, found);
  }
  return found;
}

/**
 * Splitting an article into sentences is the costly part of finding co-mentions, and a refresh
 * asks for the same articles twice (to find which lists change, then to rebuild them).
 */
const occurrenceCache = new WeakMap<GraphSnapshot, Map<string, readonly SentenceOccurrence[]>>();

function findOccurrences(snapshot: GraphSnapshot, slug: string): SentenceOccurrence[] {
  const article = snapshot.articles.get(slug);
  const named = [...(snapshot.mentions.get(slug) ?? [])].sort();
  if (!article || named.length < 2) return [];
  const result: SentenceOccurrence[] = [];
  for (const section of article.sections) {
    for (const sentence of splitSentences(section.text, section.start)) {
      const key = ` ${searchKey(sentence.text)} `;
      const entities = named.filter((id) => keysOf(snapshot, id).some((name) => key.includes(name)));
      if (entities.length > 0) result.push({ article: slug, section: section.kind, sentence: sentence.text, entities });
    }
  }
  return result;
}
