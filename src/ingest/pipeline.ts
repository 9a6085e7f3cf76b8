import type { ArticleGraph } from '../domain/graph.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { cleanArticle } from './clean/clean.js';
import { contentHash, profileHash } from './hash.js';
import type { SiteProfile } from './profile/schema.js';
import { readArticles } from './read/read.js';
import { recogniseArticle } from './recognise/recognise.js';
import { relateArticle } from './relate/relate.js';
import { segmentArticle } from './segment/segment.js';
import type { ArticleFormat, CleanArticle } from './stages.js';

export interface IngestOptions {
  readonly profile: SiteProfile;
  readonly lexicon: Lexicon;
  /** Forces a format instead of detecting it. */
  readonly format?: ArticleFormat;
  readonly maxBytes?: number;
  /** Hash of `profile`; computed when not given (pass it when ingesting many files). */
  readonly profileHash?: string;
}

/**
 * The whole ingest of one file, pure: bytes → articles → graphs. What it yields depends only on
 * (the bytes, the site profile, the lexicon version, the extractor version), and each graph
 * carries the content hash over exactly those four. Bad input throws a one-line
 * BAD_USER_INPUT naming the file; nothing is half-derived.
 */
export function ingestBytes(bytes: Uint8Array, fileName: string, options: IngestOptions): ArticleGraph[] {
  return ingestBytesIncremental(bytes, fileName, options).graphs;
}

/** As ingestBytes, skipping (without cleaning or relating) articles whose hash `isUnchanged`. */
export function ingestBytesIncremental(
  bytes: Uint8Array,
  fileName: string,
  options: IngestOptions,
  isUnchanged: (slug: string, hash: string) => boolean = () => false,
): { graphs: ArticleGraph[]; unchanged: string[] } {
  const raws = readArticles(bytes, fileName, {
    ...(options.format ? { format: options.format } : {}),
    ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
  });
  const profile = options.profileHash ?? profileHash(options.profile);
  const graphs: ArticleGraph[] = [];
  const unchanged: string[] = [];
  for (const raw of raws) {
    const hash = contentHash({ bytesHash: raw.bytesHash, profileHash: profile, lexiconVersion: options.lexicon.version });
    if (isUnchanged(raw.slug, hash)) {
      unchanged.push(raw.slug);
      continue;
    }
    graphs.push(deriveGraph(cleanArticle(raw, options.profile), options.lexicon, hash));
  }
  return { graphs, unchanged };
}

/** Segment → recognise → relate over an already cleaned article (ingest and rebuild share it). */
export function deriveGraph(clean: CleanArticle, lexicon: Lexicon, hash: string): ArticleGraph {
  const segmented = segmentArticle(clean);
  const recognised = recogniseArticle(segmented, lexicon);
  return relateArticle(recognised, { contentHash: hash });
}
