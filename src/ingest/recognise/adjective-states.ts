import type { Lexicon } from '../../lexicon/lexicon.js';
import type { SegmentedSection } from '../stages.js';
import type { EntityTable } from './entities.js';
import type { Mention } from './types.js';

/**
 * "may be lacking in energy (lethargic)", "they become confused", "you may feel dizzy": a state
 * said of a person with an adjective is the finding a vocabulary names with the noun
 * (lethargy, confusion, dizziness). Only a predicate adjective (after "be", "become", "feel" …)
 * or one in brackets counts, so "hypoglycaemic medicines" stays a drug class.
 */
const PREDICATE_ADJECTIVE =
  /\b(?:be|is|are|was|were|been|being|become|becomes|became|becoming|feel|feels|felt|feeling|look|looks|appear|appears|seem|seems|get|gets|getting|grow|grows|described as)\s+(?:(?:very|often|easily|unusually|abnormally|extremely|more|less|too|quite|sometimes|also|increasingly)\s+)*(\p{Ll}[\p{Ll}-]{3,})\b(?!\s+(?:by|to|with|of|for|in|as)\b)/gu;
const BRACKETED_ADJECTIVE = /\((\p{Ll}[\p{Ll}-]{3,})\)/gu;
/** Endings of adjectives that name a state; other words ("able", "likely", "present") are not tried. */
const STATE_ADJECTIVE = /(?:ic|ed|y|ous|able|ile|ent|ant|ive|less|ose|born)$/u;

/** Noun forms of an adjective, most specific first: "lethargic" → lethargy, lethargia; "dizzy" → dizziness. */
export function nounFormsOf(adjective: string): string[] {
  const forms = new Set<string>();
  const word = adjective.toLowerCase();
  if (word.endsWith('otic')) forms.add(`${word.slice(0, -4)}osis`);
  // "are stillborn" → stillbirth.
  if (word.endsWith('born')) forms.add(`${word.slice(0, -4)}birth`);
  if (word.endsWith('ic')) {
    forms.add(`${word.slice(0, -2)}y`);
    forms.add(`${word.slice(0, -2)}ia`);
  }
  if (word.endsWith('ed')) {
    forms.add(`${word.slice(0, -2)}ion`);
    forms.add(word.slice(0, -1));
    forms.add(`${word.slice(0, -2)}ness`);
  }
  if (word.endsWith('y')) forms.add(`${word.slice(0, -1)}iness`);
  if (word.endsWith('able')) forms.add(`${word.slice(0, -4)}ability`);
  if (word.endsWith('ile')) forms.add(`${word.slice(0, -3)}ility`);
  if (word.endsWith('ent')) forms.add(`${word.slice(0, -3)}ence`);
  if (word.endsWith('ese')) forms.add(`${word.slice(0, -1)}ity`);
  forms.add(`${word}ness`);
  return [...forms];
}

export function findAdjectiveStates(sections: readonly SegmentedSection[], candidates: readonly Mention[], lexicon: Lexicon, table: EntityTable): Mention[] {
  const found: Mention[] = [];
  sections.forEach((section, index) => {
    for (const pattern of [PREDICATE_ADJECTIVE, BRACKETED_ADJECTIVE]) {
      for (const match of section.text.matchAll(pattern)) {
        const adjective = match[1] ?? '';
        if (!STATE_ADJECTIVE.test(adjective) && !adjective.endsWith('ese')) continue;
        const start = section.start + match.index + match[0].lastIndexOf(adjective);
        const end = start + adjective.length;
        if (candidates.some((other) => other.start < end && start < other.end)) continue;
        const entry = nounFormsOf(adjective)
          .map((noun) => lexicon.lookup(noun, 'Phenotype')?.entry)
          .find((candidate) => candidate?.kind === 'Phenotype');
        if (!entry) continue;
        const entity = table.fromEntry(entry);
        table.addSynonyms(entity.id, [adjective]);
        found.push({ entity: entity.id, kind: 'Phenotype', start, end, text: adjective, section: index, origin: 'lexicon', ambiguous: false });
      }
    }
  });
  return found;
}
