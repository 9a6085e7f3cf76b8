import { createHash } from 'node:crypto';
import { EXTRACTOR_VERSION } from './relate/version.js';

/** What an article's graph depends on: its bytes, the site profile, the lexicon, the extractor. */
export interface ContentHashInput {
  /** sha256 of the article's own bytes (RawArticle.bytesHash). */
  readonly bytesHash: string;
  /** Hash of the site profile used to clean it (see profileHash). */
  readonly profileHash: string;
  readonly lexiconVersion: string;
  readonly extractorVersion?: string;
}

/**
 * The content hash stored with every article: unchanged only when the article, the profile,
 * the vocabulary and the extraction rules are all unchanged, so skip-unchanged never keeps a
 * graph derived under an older vocabulary or extractor.
 */
export function contentHash(input: ContentHashInput): string {
  return sha256(
    JSON.stringify([input.bytesHash, input.profileHash, input.lexiconVersion, input.extractorVersion ?? EXTRACTOR_VERSION]),
  );
}

/** A stable hash of a site profile value (key order does not matter). */
export function profileHash(profile: unknown): string {
  return sha256(stableStringify(profile));
}

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
