import { z } from 'zod';
import { NODE_KINDS, NODE_STATUSES } from './kinds.js';
import { PREDICATES } from './predicates.js';
import { SECTION_KINDS } from './sections.js';

/**
 * The values that cross the ingest → store boundary. Zod schemas are the single definition;
 * the TypeScript types are inferred from them, so a store can validate what it is handed.
 */

export const graphNodeSchema = z.object({
  /** A CURIE (HGNC:11647, MONDO:0008021…) or a local id (medkg:test:visual-evoked-potential). */
  id: z.string().min(3),
  kind: z.enum(NODE_KINDS),
  name: z.string().min(1),
  synonyms: z.array(z.string()).default([]),
  xrefs: z.array(z.string()).default([]),
  description: z.string().optional(),
  status: z.enum(NODE_STATUSES),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const evidenceSchema = z.object({
  /** Article slug. */
  article: z.string().min(1),
  section: z.enum(SECTION_KINDS),
  /** The sentence, trimmed; `start`/`end` are offsets into the article's cleaned text. */
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Cited source labels parsed off the sentence end ("NCBI+2PMC+2" → ["NCBI", "PMC"]). */
  sources: z.array(z.string()).default([]),
  extractor: z.string().min(1),
  extractorVersion: z.string().min(1),
  /** Strength of this piece of evidence, see domain/confidence.ts. */
  weight: z.number().min(0).max(1),
  /** The phrase that typed the relation ("caused by", "avoid"), when one did. */
  cue: z.string().optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const edgeKeySchema = z.object({
  subject: z.string().min(1),
  predicate: z.enum(PREDICATES),
  object: z.string().min(1),
});
export type EdgeKey = z.infer<typeof edgeKeySchema>;

export const graphEdgeSchema = edgeKeySchema.extend({
  evidence: z.array(evidenceSchema).min(1),
});
/** An edge as one article asserts it: every article-derived edge carries evidence. */
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const articleSectionSchema = z.object({
  kind: z.enum(SECTION_KINDS),
  heading: z.string(),
  /** Offset of the section's first character in the cleaned text. */
  start: z.number().int().nonnegative(),
  text: z.string(),
});
export type ArticleSection = z.infer<typeof articleSectionSchema>;

export const articleRecordSchema = z.object({
  /** The slug: the article's public id. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u, 'an article id is a lower-case slug'),
  title: z.string().min(1),
  url: z.string().optional(),
  wordpressId: z.number().int().optional(),
  category: z.string().optional(),
  updatedAt: z.string().optional(),
  /** Hash over (bytes, site profile, lexicon version, extractor version): unchanged → skip. */
  contentHash: z.string().min(1),
  cleanedText: z.string(),
  sections: z.array(articleSectionSchema),
  /** The entity the article is about, when one was found. */
  primaryEntity: z.string().optional(),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

export const articleGraphSchema = z.object({
  article: articleRecordSchema,
  /** Entity nodes the article yields (not the Article node: the store makes that). */
  nodes: z.array(graphNodeSchema),
  /** Clinical edges plus the article's MENTIONS and ABOUT edges, subjects/objects by id. */
  edges: z.array(graphEdgeSchema),
  /** Slugs of other articles this one links to or teases (LINKS_TO). */
  links: z.array(z.string()).default([]),
});
/** One article's whole contribution to the graph: replaced atomically by the store. */
export type ArticleGraph = z.infer<typeof articleGraphSchema>;

export function edgeKeyString(key: EdgeKey): string {
  return `${key.subject}|${key.predicate}|${key.object}`;
}
