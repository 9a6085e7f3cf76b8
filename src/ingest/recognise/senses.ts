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

/** The sign each name of several entries was read as where signs are listed (the first reading wins). */
export function sensesOfFindings(matches: readonly LexiconMatch[]): Map<string, { id: string; kind: EntityKind }> {
  const senses = new Map<string, { id: string; kind: EntityKind }>();
  for (const match of matches) {
    const key = searchKey(match.text);
    if (match.candidates.length > 1 && match.kind === 'Phenotype' && !GROWTH_WORD.test(match.text) && !senses.has(key)) senses.set(key, { id: match.id, kind: match.kind });
  }
  return senses;
}

/** Sections that name the topic's forms, whose disease reading of a name the rest of the article keeps. */
export const FORM_SECTIONS: ReadonlySet<SectionKind> = new Set(['types', 'other_names']);

/**
 * The disease each name of several entries was read as where the article names its forms
 * ("Small cell lung cancer" under Types): under Medicines, which prefers signs, the same words
 * still name that disease.
 */
export function sensesOfForms(matches: readonly LexiconMatch[]): Map<string, { id: string; kind: EntityKind }> {
  const senses = new Map<string, { id: string; kind: EntityKind }>();
  for (const match of matches) {
    const key = searchKey(match.text);
    if (match.candidates.length > 1 && match.kind === 'Disease' && !GROWTH_WORD.test(match.text) && !senses.has(key)) senses.set(key, { id: match.id, kind: match.kind });
  }
  return senses;
}
