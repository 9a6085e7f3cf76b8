import { z } from 'zod';
import { ENTITY_KINDS } from './kinds.js';

/** How a synonym relates to its entry; matching trusts exact names more than related ones. */
export const SYNONYM_SCOPES = [
  'exact',
  'related',
  'narrow',
  'broad',
  'abbreviation',
  'brand',
  'previous_symbol',
  'alias_symbol',
  'layperson',
] as const;
export type SynonymScope = (typeof SYNONYM_SCOPES)[number];

export const vocabSynonymSchema = z.object({
  name: z.string().min(1),
  scope: z.enum(SYNONYM_SCOPES),
});
export type VocabSynonym = z.infer<typeof vocabSynonymSchema>;

export const vocabEntrySchema = z.object({
  id: z.string().min(3),
  kind: z.enum(ENTITY_KINDS),
  name: z.string().min(1),
  synonyms: z.array(vocabSynonymSchema).default([]),
  xrefs: z.array(z.string()).default([]),
  /** is_a parents, as CURIEs. */
  parents: z.array(z.string()).default([]),
  /** Ids this entry replaces (obsolete terms' replaced_by, merged ids): lookups resolve them. */
  replaces: z.array(z.string()).default([]),
  description: z.string().optional(),
  source: z.string().min(1),
  sourceVersion: z.string().optional(),
});
/** One entry of a standard vocabulary (or our seed lexicon), as the store persists it. */
export type VocabEntry = z.infer<typeof vocabEntrySchema>;
