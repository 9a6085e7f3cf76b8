import type { EntityKind } from '../../domain/kinds.js';
import type { SectionKind } from '../../domain/sections.js';
import { searchKey } from '../../domain/text.js';
import type { LexiconMatch } from '../../lexicon/lexicon.js';

/**
 * One reading of a name per article: a name that is both a sign and a disease ("chorea") is read
 * as the sign where the article lists signs, and keeps that reading where a treatment names it
 * ("Purpose: reduces chorea").
 */

/** Sections that list a condition's signs, whose reading of a name the rest of the article keeps. */
export const FINDING_SECTIONS: ReadonlySet<SectionKind> = new Set(['symptoms', 'side_effects']);

/** Sections where a medicine's target named like a sign is that sign. */
export const KEEPS_THE_SIGN_READING: ReadonlySet<SectionKind> = new Set(['drugs', 'treatment', 'supplements', 'non_drug_treatment', 'indications']);

/** A generic word for a growth ("tumour", "cancer") keeps its own reading everywhere. */
const GROWTH_WORD = /^(?:cancers?|tumou?rs?|neoplasms?|growths?|masses)$/iu;

/**
 * The reading of `kind` each name of several entries was given in the matches (the first reading
 * wins): the sign where the article lists signs, the disease where it names the topic's forms
 * ("Small cell lung cancer" under Types, which under Medicines, preferring signs, still names
 * that disease).
 */
export function readingsAs(kind: 'Phenotype' | 'Disease', matches: readonly LexiconMatch[]): Map<string, { id: string; kind: EntityKind }> {
  const readings = new Map<string, { id: string; kind: EntityKind }>();
  for (const match of matches) {
    const key = searchKey(match.text);
    if (match.candidates.length > 1 && match.kind === kind && !GROWTH_WORD.test(match.text) && !readings.has(key)) readings.set(key, { id: match.id, kind: match.kind });
  }
  return readings;
}

/** Sections that name the topic's forms, whose disease reading of a name the rest of the article keeps. */
export const FORM_SECTIONS: ReadonlySet<SectionKind> = new Set(['types', 'other_names']);
