import { z } from 'zod';

/** A regular expression source, compiled case-insensitively against one trimmed line. */
const patternSchema = z.string().min(1).refine(
  (source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

/**
 * A named chrome block. Either a span (`start` line, then lines up to an `end` line inclusive,
 * an `until` line exclusive, the end of the paragraph, the next recognised section heading or
 * the next block's start) or single lines (`lines` patterns, `exact` learned lines).
 */
export const blockRuleSchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    start: patternSchema.optional(),
    end: patternSchema.optional(),
    until: patternSchema.optional(),
    /** The span ends at a blank line (a one-paragraph box). */
    untilBlank: z.boolean().default(false),
    /** The span ends before a recognised section heading (off for boxes that list headings). */
    untilHeading: z.boolean().default(true),
    maxLines: z.number().int().positive().default(40),
    lines: z.array(patternSchema).default([]),
    /** Whole lines (compared after whitespace and case folding), as `profile learn` writes them. */
    exact: z.array(z.string().min(1)).default([]),
    /** Lines of this block after its start line are teasers of other articles. */
    teasers: z.boolean().default(false),
  })
  .refine((block) => block.start !== undefined || block.lines.length > 0 || block.exact.length > 0, {
    message: 'a block needs a start pattern, line patterns or exact lines',
  });

export const siteProfileSchema = z.object({
  version: z.literal(1),
  name: z.string().min(1),
  description: z.string().optional(),
  /** Lines that end the article body: everything from the first of them on is chrome. */
  bodyEnd: z.array(patternSchema).default([]),
  /** Named chrome blocks, removed wherever they occur. */
  blocks: z.array(blockRuleSchema).default([]),
  /** Scripts whose text is chrome or a gloss in this site (Unicode script names, e.g. "Bengali"). */
  glossScripts: z.array(z.string().regex(/^[A-Z][a-z_]+$/u)).default([]),
  /** A paragraph that ends in "…" and starts another paragraph is a repeated summary. */
  dropTruncatedRepeats: z.boolean().default(true),
  /** The same sentence twice within one section keeps only the first. */
  dropRepeatedSentences: z.boolean().default(true),
});

export type SiteProfile = z.infer<typeof siteProfileSchema>;
export type BlockRule = z.infer<typeof blockRuleSchema>;
export type SiteProfileInput = z.input<typeof siteProfileSchema>;
